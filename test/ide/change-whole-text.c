// REQUIRES: clangd
// The editor changes the file (sent whole: the server asks for that): the
// new text is viewed again, and the diagnostics follow it.
// RUN: %lsp_client %s 'change 11=>    yield "oops";' 'change 11=>    yield n + 2;' \
// RUN:   -- %yc_clangd --log=error | FileCheck %s
#include <yieldc.h>

generator(int) int up(int n)
{
    yield n;
    yield n + 1;
    return 0;
}

int main(void)
{
    struct up u = up(1);
    return yc_next(&u) ? 0 : 1;
}
// CHECK: sync: 1
// CHECK-NEXT: diagnostics: 0
// CHECK-NEXT: after change:
// CHECK-NEXT: diagnostics: {{[12]}}
// CHECK-NEXT: diagnostic: 11:11 Incompatible pointer to integer conversion passing 'char[5]' to parameter of type 'int'
// CHECK: after change:
// CHECK-NEXT: diagnostics: 0

// REQUIRES: clangd
// clang's diagnostics on a file with generators land where the file says
// them, yieldc's own (what it refuses) beside them; --check exits 1.
// RUN: not %yc_clangd --check %s --log=error > %t.out
// RUN: FileCheck %s < %t.out
#include <yieldc.h>
#include <stdio.h>

generator(char *) int names(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    yield "x";
    return undeclared_thing;
}

int main(void)
{
    struct names g = names(3);
    while (yc_next(&g))
        printf("%s\n", yc_value(&g));
    int r = yc_value(&g) + "no";
    return yc_result(&g) + r;
}
// CHECK: check-diagnostics.c:12:15: warning: Incompatible integer to pointer conversion passing 'int' to parameter of type 'char *'
// CHECK-NEXT: check-diagnostics.c:14:12: error: Use of undeclared identifier 'undeclared_thing'
// CHECK-NEXT: check-diagnostics.c:22:26: error: Invalid operands to binary expression ('char *' and 'char[3]')
// CHECK-NEXT: check-diagnostics.c:12:15: error: cannot yield a value of type 'int' from generator 'names', whose yield type is 'char *'
// CHECK-NOT: {{.}}

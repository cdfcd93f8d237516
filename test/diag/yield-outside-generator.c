// 'yield' in an ordinary function (main, yieldc.h included) is an error at the yield keyword, with source line and caret.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck --strict-whitespace %s
// RUN: sh -c '%yieldc %s -o %t.c 2>/dev/null; test $? -eq 1'
// RUN: not test -e %t.c
#include <yieldc.h>

int main(void)
{
    int x = 2;
    // CHECK: yield-outside-generator.c:[[@LINE+3]]:5: error: {{.*}}yield{{.*}}outside{{.*}}generator
    // CHECK-NEXT: {{^}}    yield x;{{$}}
    // CHECK-NEXT: {{^}}    ^{{$}}
    yield x;
    return 0;
}

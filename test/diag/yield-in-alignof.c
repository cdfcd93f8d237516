// A yield inside the operand of _Alignof (GNU: an expression operand) is an error at the yield keyword.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <stddef.h>
#include <yieldc.h>

generator(int, int) size_t g(void)
{
    // CHECK: yield-in-alignof.c:[[@LINE+1]]:25: error: {{.*}}_Alignof
    size_t n = _Alignof(yield 1);
    return n;
}

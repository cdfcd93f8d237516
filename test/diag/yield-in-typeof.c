// A yield inside the operand of __typeof__ is an error at the yield keyword.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(void)
{
    // CHECK: yield-in-typeof.c:[[@LINE+1]]:16: error: {{.*}}typeof
    __typeof__(yield 1) v = 3;
    return v;
}

// A yield in the right operand of GNU `a ?: b`, which runs only when `a`
// is zero, is refused once, at the yield, with what to write instead.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(int x)
{
    int m = x ?: (yield 1);
    // CHECK: gnu-elvis-right-operand.c:[[@LINE-1]]:19: error: 'yield' in the right operand of GNU 'a ?: b' is not supported: write 'a ? a : (yield ...)' with a temporary
    int n = (yield 2) ?: (yield 3);
    // CHECK: gnu-elvis-right-operand.c:[[@LINE-1]]:27: error: 'yield' in the right operand of GNU 'a ?: b' is not supported
    return m + n;
}

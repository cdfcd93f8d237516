// A yield as the operand of a cast must be parenthesized; the error is at the yield.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(long, long) long k(int x)
{
    long ok = (long)(yield x);
    // CHECK: yield-after-cast.c:[[@LINE+1]]:19: error: 'yield' must be parenthesized after a cast
    return (long) yield ok;
}

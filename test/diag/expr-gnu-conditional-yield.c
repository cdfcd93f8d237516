// A yield in the right operand of GNU's `a ?: b` is refused at the yield (it
// would otherwise run whether or not `a` holds).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(int n)
{
    // CHECK: expr-gnu-conditional-yield.c:[[@LINE+1]]:19: error: 'yield' in the right operand of GNU 'a ?: b' is not supported
    int x = n ?: (yield 99);
    return x;
}

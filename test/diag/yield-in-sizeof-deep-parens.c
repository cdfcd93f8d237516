// A yield in the operand of sizeof is refused under any depth of parentheses (a fixed stack once missed it under 256, with -fbracket-depth).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c -- -fbracket-depth=5000 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int f(void)
{
    // CHECK: yield-in-sizeof-deep-parens.c:[[@LINE+1]]:320: error: 'yield' in the operand of 'sizeof', which is never evaluated
    int x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((sizeof(yield 1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))));
    yield x;
    return 0;
}

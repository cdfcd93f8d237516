// A yield as the operand of a tighter operator must be parenthesized; the
// error says so at the yield, and parenthesized forms are accepted.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(int x)
{
    int a = (yield 1) * 2;          // fine
    a = x ? (yield 2) : (yield 3);  // fine
    if (x) yield a; else yield 4;   // fine
    // CHECK: yield-needs-parentheses.c:[[@LINE+1]]:13: error: 'yield' must be parenthesized after '+'
    a = x + yield 1;
    // CHECK: yield-needs-parentheses.c:[[@LINE+1]]:13: error: 'yield' must be parenthesized after '-'
    return -yield 5;
}

generator(int, int) int h(int x)
{
    // CHECK: yield-needs-parentheses.c:[[@LINE+1]]:20: error: 'yield' must be parenthesized after ':'
    return x ? 1 : yield 2;
}

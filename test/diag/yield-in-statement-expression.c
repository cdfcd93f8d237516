// A yield inside a GNU statement expression is refused at the yield (its resume point would be a jump into the statement expression, which gcc rejects); a statement expression without one may be yielded.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int f(void)
{
    // CHECK: yield-in-statement-expression.c:[[@LINE+1]]:25: error: 'yield' inside a statement expression ('({ ... })') is not supported
    yield ({ 1; }) + ({ yield 1; 2; });
    // CHECK: yield-in-statement-expression.c:[[@LINE+1]]:8: error: 'yield' inside a statement expression
    ({ yield 1; });
    // CHECK: yield-in-statement-expression.c:[[@LINE+1]]:24: error: 'yield' inside a statement expression
    int x = ({ int y = yield 1; y; });
    // CHECK: yield-in-statement-expression.c:[[@LINE+1]]:23: error: 'yield' inside a statement expression
    x += ({ if (x) { (yield 2); } x; });
    return x;
}

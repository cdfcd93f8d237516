// `x + yield 1`: a yield as the operand of a tighter operator must be parenthesized; the error is at the yield and says so.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(int x)
{
    // CHECK: expr-yield-operand-needs-parens.c:[[@LINE+1]]:17: error: {{.*}}parenthes
    int y = x + yield 1;
    return y;
}

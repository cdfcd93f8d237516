// `2 * yield 3`: a yield as the right operand of `*` must be parenthesized; the error is at the yield and says so.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(void)
{
    // CHECK: expr-yield-operand-needs-parens-mul.c:[[@LINE+1]]:17: error: {{.*}}parenthes
    int y = 2 * yield 3;
    return y;
}

// Using the value of a yield in a generator without a send type (it is a void expression) as an `if` condition is an error at the yield.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(void)
{
    // CHECK: expr-yield-value-no-send-type-if.c:[[@LINE+1]]:9: error: {{.*}}void
    if (yield 1)
        return 1;
    return 0;
}

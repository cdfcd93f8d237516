// Assigning the value of a yield, `x = yield v;`, in a generator without a send type is an error at the yield.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(void)
{
    int x = 0;
    // CHECK: expr-yield-value-no-send-type-assign.c:[[@LINE+1]]:9: error: {{.*}}yield
    x = yield 1;
    return x;
}

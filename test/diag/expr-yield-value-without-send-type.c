// Using the value of a yield in a generator without a send type (a void expression) is an error at the yield.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(void)
{
    // CHECK: expr-yield-value-without-send-type.c:[[@LINE+1]]:13: error: {{.*}}yield
    int x = yield 1;
    return x;
}

// A missing ';' next to a yield is reported as clang would: after the expression
// that lacks it, not as a yield precedence problem.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(int n)
{
    // CHECK-DAG: yield-missing-semicolons.c:[[@LINE+1]]:12: error: expected ';'
    yield n
    return 0;
}

generator(int) int h(void)
{
    // CHECK-DAG: yield-missing-semicolons.c:[[@LINE+1]]:14: error: expected ';'
    int x = 3
    yield x;
    return 0;
}

// clang's own syntax error (a missing ';' in a generator) is reported as file:line:col: error with exit 1.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(int n)
{
    // CHECK: clang-syntax-error.c:[[@LINE+1]]:14: error: expected ';'
    int k = n
    yield k;
    return 0;
}

// A yield inside the operand of sizeof is an error at the yield keyword.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <stddef.h>
#include <yieldc.h>

generator(int, int) size_t g(void)
{
    // CHECK: yield-in-sizeof.c:[[@LINE+1]]:23: error: {{.*}}sizeof
    size_t n = sizeof(yield 1);
    return n;
}

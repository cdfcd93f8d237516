// alloca() before a yield (its memory would not survive the suspension) is an error at the yield, note at the alloca.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <alloca.h>
#include <yieldc.h>

generator(int) int g(int n)
{
    int *p = alloca(n * sizeof *p);
    p[0] = n;
    // CHECK: local-alloca-across-yield.c:[[@LINE+1]]:5: error: {{.*}}alloca
    yield p[0];
    return p[0];
}
// CHECK: local-alloca-across-yield.c:10:14: note: {{.*}}

// yield from needs a generator whose yield type converts to ours; errors at the yield.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

struct point { int x, y; };
generator(struct point) int points(void) { yield (struct point){ 1, 2 }; return 0; }
generator(void) int task(void) { yield; return 1; }

generator(int) int a(void)
{
    int n = 0;
    // CHECK-DAG: from-diagnostics.c:[[@LINE+1]]:9: error: 'yield from' a generator that yields 'struct point' in generator 'a', which yields 'int'
    n = yield from points();
    // CHECK-DAG: from-diagnostics.c:[[@LINE+1]]:9: error: 'yield from' a generator that yields 'void' in generator 'a', which yields 'int'
    n = yield from task();
    return n;
}

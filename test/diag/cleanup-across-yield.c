// A local with a cleanup alive across a yield needs every way out of its scope to be
// in the body: a return from a macro that leaves it is refused (error at the return,
// note at the variable); one alive across no yield is untouched.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

static void drop(int *p) { (void)p; }
#define BAIL(c) do { if (c) return -1; } while (0)

generator(int) int g(int n)
{
    {
        __attribute__((cleanup(drop))) int before = 1;
        BAIL(n < 0);
        (void)before;
    }
    yield 1;
    // CHECK-DAG: cleanup-across-yield.c:[[@LINE+1]]:40: note: 'x' is declared here
    __attribute__((cleanup(drop))) int x = 2;
    yield x;
    // CHECK-DAG: cleanup-across-yield.c:[[@LINE+1]]:5: error: a 'return' from a macro leaves the scope of 'x'
    BAIL(n > 3);
    return 0;
}

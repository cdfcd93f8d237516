// A local with __attribute__((cleanup)) alive across a yield is refused (not yet
// supported: clang forbids jumping into its scope); one not alive across is fine.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

static void drop(int *p) { (void)p; }

generator(int) int g(void)
{
    {
        __attribute__((cleanup(drop))) int before = 1;
        (void)before;
    }
    yield 1;
    // CHECK: cleanup-across-yield.c:[[@LINE+1]]:40: error: 'x' has a cleanup attribute and lives across a yield
    __attribute__((cleanup(drop))) int x = 2;
    yield x;
    return 0;
}

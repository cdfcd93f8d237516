// A local with a cleanup declared in a 'for' clause and alive across a yield is refused at its
// name (its cleanup would have to run once, when the loop ends), whatever spells the cleanup.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

static void drop(int *p) { (void)p; }
#define AUTO __attribute__((cleanup(drop)))

generator(int) int g(int n)
{
    // CHECK: cleanup-in-for-clause.c:[[@LINE+1]]:19: error: 'i' has a cleanup, lives across a yield and is declared in a 'for' clause
    for (AUTO int i = 0; i < n; i++)
        yield i;
    return 0;
}

// yield from of something that is not a generator: an error at its operand.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

static int plain(void) { return 3; }

generator(int) int a(void)
{
    // CHECK: from-not-a-generator.c:[[@LINE+1]]:24: error: 'yield from' needs a generator
    int n = yield from plain();
    return n;
}

// A variable that must live in the frame (its address is taken) declared in a
// for clause is refused with a hint, instead of producing output that does not compile.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

static void bump(int *p) { ++*p; }

generator(int) int g(void)
{
    // CHECK: frame-variable-in-for-init.c:[[@LINE+1]]:14: error: 'i' must live in the generator's frame {{.*}} declare it before the 'for'
    for (int i = 0, j = 10; i < j; i++) {
        bump(&i);
        yield i;
    }
    return 0;
}

// A frame written early, at the prototype of a generator whose frame holds it, needs the types it holds declared there: reported at that prototype, with a note at the type.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

// CHECK: frame-embedded-before-type.c:[[@LINE+1]]:1: error: the frame of generator 'mid', written here for a generator whose frame holds it, holds 'p' of type 'struct point', which is declared below
generator(int) int outer(void);
// CHECK: frame-embedded-before-type.c:[[@LINE+1]]:8: note: 'struct point' is declared here
struct point { int x, y; };

generator(int) int mid(void)
{
    struct point p = { 1, 2 };
    yield p.x;
    return p.y;
}

generator(int) int outer(void)
{
    return yield from mid();
}

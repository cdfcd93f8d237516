// A prototype that comes before a type its frame holds by value is reported at
// the prototype, with a note at the type (instead of output that does not compile).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

// CHECK: decl-prototype-before-frame-type.c:[[@LINE+1]]:1: error: the frame of generator 'g' holds 'p' of type 'struct point', which is declared below
generator(int) int g(int n);
// CHECK: decl-prototype-before-frame-type.c:[[@LINE+1]]:8: note: 'struct point' is declared here
struct point { int x, y; };

generator(int) int g(int n)
{
    struct point p = { n, n + 1 };
    yield p.x;
    yield p.y;
    return 0;
}

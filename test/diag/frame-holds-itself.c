// A local of the generator's own type (or of one whose frame holds it) living across a yield is refused at the local: the frame would hold itself.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int walk(int n)
{
    if (n > 0) {
        // CHECK: frame-holds-itself.c:[[@LINE+1]]:21: error: 'sub' lives across a yield, so the frame of generator 'walk' would hold itself (a frame of type 'struct walk')
        struct walk sub = walk(n - 1);
        while (yc_next(&sub))
            yield yc_value(&sub);
    }
    yield n;
    return 0;
}

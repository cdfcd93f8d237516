// Yielding a struct from a generator(int) is an error: the value does not convert to the yield type.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

struct point { int x, y; };

generator(int) int g(void)
{
    struct point p = { 1, 2 };
    // CHECK: type-yield-struct-into-int.c:[[@LINE+1]]:{{5|11}}: error: {{.*}}struct point{{.*}}int
    yield p;
    return 0;
}

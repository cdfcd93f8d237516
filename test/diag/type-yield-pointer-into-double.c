// Yielding a pointer from a generator(double) is an error: a pointer does not convert to double.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(double) void g(int *p)
{
    yield 1.5;
    // CHECK: type-yield-pointer-into-double.c:[[@LINE+1]]:{{5|11}}: error: {{.*}}int *{{.*}}double
    yield p;
}

// 'yield 1;' in a generator(void) (a pure task) is an error at the yield keyword.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(void) void task(void)
{
    // CHECK: type-yield-value-in-void-generator.c:[[@LINE+1]]:{{5|11}}: error: {{.*}}void
    yield 1;
}

// A yield that comes from a macro body must not be miscompiled: if refused, the error names the macro.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

#define AWAIT(c) while (!(c)) yield

generator(void) void waiter(int *flag)
{
    // CHECK: macro-yield-from-macro.c:[[@LINE+1]]:5: error: {{.*}}AWAIT
    AWAIT(*flag);
}

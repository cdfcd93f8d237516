// Calling setjmp in a generator is an error at the setjmp call.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <setjmp.h>
#include <yieldc.h>

static jmp_buf env;

generator(int) int g(void)
{
    yield 1;
    // CHECK: stmt-setjmp-in-generator.c:[[@LINE+1]]:9: error: {{.*}}setjmp
    if (setjmp(env) == 0)
        yield 2;
    return 0;
}

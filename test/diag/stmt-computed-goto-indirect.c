// An indirect 'goto *p' in a generator is an error at the goto.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(void *p)
{
    yield 1;
    // CHECK: stmt-computed-goto-indirect.c:[[@LINE+1]]:5: error: {{.*}}goto
    goto *p;
    return 0;
}

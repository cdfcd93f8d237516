// Parameters, locals and labels of a generator named as the generated code's own names (yc_f, yc_yielded, yc_resume_1, ...) are refused at the name, not miscompiled.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

// CHECK: local-names-of-generated-code.c:[[@LINE+1]]:30: error: 'yc_from' is a name of yieldc's own
generator(int) int count(int yc_from)
{
    // CHECK: local-names-of-generated-code.c:[[@LINE+1]]:9: error: 'yc_f' is a name of yieldc's own
    int yc_f = yc_from;
    // CHECK: local-names-of-generated-code.c:[[@LINE+1]]:9: error: 'yc_yielded' is a name of yieldc's own
    int yc_yielded = 0, yc_state = 1, yc_value = 2;    /* names the generated code does not use */
    // CHECK: local-names-of-generated-code.c:[[@LINE+1]]:9: error: 'yc_init_x' is a name of yieldc's own
    int yc_init_x = 3;
    // CHECK: local-names-of-generated-code.c:[[@LINE+1]]:1: error: 'yc_resume_1' is a name of yieldc's own
yc_resume_1:
    for (int i = 0; i < yc_f; i++)
        yield i + yc_yielded + yc_state + yc_value + yc_init_x;
    return yc_f;
}

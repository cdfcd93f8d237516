// A misuse of the runtime's macros (a frame that is not a generator's)
// is reported at the call, with one note at the macro's definition in
// yieldc.h: the view's indirection (YC__VIEW_next, ...), through which an
// expansion in place keeps the macros' names, gives no note of its own (a
// second note named it, found by review).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s "--implicit-check-not=macro 'YC__VIEW"
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(void)
{
    int x = 0;
    // CHECK: api-misuse-notes.c:[[@LINE+1]]:5: error: 'yc_next' takes a pointer to a generator object, not a pointer to 'int'
    yc_next(&x);
    // CHECK: yieldc.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'yc_next'
    // CHECK: api-misuse-notes.c:[[@LINE+1]]:11: error: 'yc_value' takes a pointer to a generator object, not a pointer to 'int'
    yield yc_value(&x);
    // CHECK: yieldc.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'yc_value'
    return 0;
}

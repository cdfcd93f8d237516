// Macros around generator code: a frame variable (address taken) named in a
// macro's body, and a yield in a macro's argument are refused with an error
// naming the macro or the variable, never miscompiled.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

#define FIRST() (buf[0] + x)
#define TWICE(x) ((x) + (x))
#define ONCE(x) (x)

generator(int, int) int g(int n)
{
    int buf[4] = { n, 0, 0, 0 };    /* only subscripted: copied, fine in a macro */
    int x = n, *px = &x;            /* address taken: lives in the frame */
    yield *px;
    // CHECK-DAG: macro-frame-variable-uses.c:[[@LINE+1]]:11: error: 'x' is used inside a macro's body
    yield FIRST();
    // CHECK-DAG: macro-frame-variable-uses.c:[[@LINE+1]]:23: error: 'yield' in an argument of macro 'ONCE'
    int a = ONCE(1 + (yield 2));
    // CHECK-DAG: macro-frame-variable-uses.c:[[@LINE+1]]:20: error: 'yield' in an argument of macro 'TWICE'
    int b = TWICE((yield 3));
    return a + b;
}

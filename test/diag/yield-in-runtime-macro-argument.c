// A yield in an argument of one of the runtime's macros (yc_send,
// yc_next, yc_value, ...), written there or through a macro, is refused
// at the yield: those macros are kept as written, and the yield cannot be
// lowered inside one (it was accepted, and the output did not compile:
// "no member named 'yc__pl_sent'").  Found by review.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: test ! -e %t.c
#include <yieldc.h>
#define ID(x) x
#define SEND_YIELDED(g) yc_send((g), (yield 1))

generator(int, int) int echo(void)
{
    int s = 0;
    for (;;)
        s += yield s;
}

generator(int, int) int fwd(void)
{
    struct echo e = echo();
    yc_next(&e);
    // CHECK: yield-in-runtime-macro-argument.c:[[@LINE+1]]:18: error: 'yield' in an argument of 'yc_send' is not supported: keep the yield's value in a variable first, and pass that
    yc_send(&e, (yield yc_value(&e)));
    // CHECK: yield-in-runtime-macro-argument.c:[[@LINE+1]]:21: error: 'yield' in an argument of 'yc_send' is not supported
    ID(yc_send(&e, (yield 2)));
    // CHECK: yield-in-runtime-macro-argument.c:[[@LINE+1]]:20: error: 'yield' in an argument of 'yc_send' is not supported
    yc_send(&e, ID(yield 3));
    // CHECK: yield-in-runtime-macro-argument.c:[[@LINE+1]]:5: error: 'yield' in an argument of 'yc_send' is not supported
    SEND_YIELDED(&e);
    struct echo *p = &e;
    // CHECK: yield-in-runtime-macro-argument.c:[[@LINE+1]]:26: error: 'yield' in an argument of 'yc_value' is not supported
    return yc_value(p + (yield 4));
}

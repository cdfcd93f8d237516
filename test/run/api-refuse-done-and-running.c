// yc_next and yc_send refuse a frame that is done or running with one test
// of its state (yieldc.h YC__REFUSE: "done" and "running" are the two
// largest states, whatever the state's width).  For a one-byte and a
// two-byte state (past 253 yields), with and without a send type, and a
// generator of 253 yields, whose last resume point is "running" - 1: every
// value comes out, then yc_next and yc_send keep returning false, on a
// frame that finished and on one that was closed; a fresh frame closed
// before it starts is done too.  Then, unless NDEBUG, a resume from inside
// the body (yc_next, or yc_send, of a two-byte-state frame) is reported
// and aborts: the state just below "done" is "running", not a resume point.
// RUN: %check-run %s %t | FileCheck %s
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s --check-prefix=STATE
// RUN: %yieldc %s -o %t.re1.c -- -DREENTER=1
// RUN: %gcc %cflags -DREENTER=1 %t.re1.c -o %t.re1.gcc
// RUN: not --crash %t.re1.gcc 2>&1 | FileCheck %s --check-prefix=REENTER
// RUN: %yieldc %s -o %t.re2.c -- -DREENTER=2
// RUN: %clang %cflags -DREENTER=2 %t.re2.c -o %t.re2.clang
// RUN: not --crash %t.re2.clang 2>&1 | FileCheck %s --check-prefix=REENTER
// RUN: %gcc %cflags -DREENTER=2 %t.re2.c -o %t.re2.gcc
// RUN: not --crash %t.re2.gcc 2>&1 | FileCheck %s --check-prefix=REENTER
#include <stdio.h>
#include <yieldc.h>

#define Y4 v += yield v; v += yield v; v += yield v; v += yield v;
#define Y20 Y4 Y4 Y4 Y4 Y4
#define Y100 Y20 Y20 Y20 Y20 Y20

generator(int, int) int narrow_send(int v)
{
    Y4
    return v;
}

generator(int, int) int wide_send(int v)
{
    Y100 Y100 Y100
    return v;
}

#define N4 yield n++; yield n++; yield n++; yield n++;
#define N20 N4 N4 N4 N4 N4
#define N100 N20 N20 N20 N20 N20

generator(int) int narrow(int n)
{
    N4
    return n;
}

generator(int) int wide(int n)
{
    N100 N100 N100
    return n;
}

/* 253 yields: the last one-byte state below "running" (254) and "done"
   (255) is a resume point, and must not be refused */
generator(int) int edge(int n)
{
    N100 N100 N20 N20 N4 N4 N4 yield n++;
    return n;
}

/* Run G to its end with ADVANCE (yc_next, or yc_send of 1), then try
   yc_next and ADVANCE on it three times each: every try must return
   false. */
#define SEND1(g) yc_send(g, 1)
#define DRIVE(what, g, ADVANCE) \
    do { \
        int values = 0, refused = 0; \
        while (ADVANCE(&(g))) \
            values++; \
        for (int k = 0; k < 3; k++) \
            refused += !yc_next(&(g)) + !ADVANCE(&(g)); \
        printf("%s: %d values, result %d, done %d, refused %d of 6\n", what, values, \
               yc_result(&(g)), yc_done(&(g)), refused); \
    } while (0)

#if REENTER
generator(int, int) int wide_self(void);

static struct wide_self *me;

generator(int, int) int wide_self(void)
{
    int v = 0;
    Y100 Y100 Y100
    printf("resuming wide_self from inside itself after %d\n", v);
    fflush(stdout);
#if REENTER == 1
    yc_next(me);
#else
    yc_send(me, 5);
#endif
    printf("not reached\n");
    return v;
}
#endif

int main(void)
{
#if REENTER
    struct wide_self g = wide_self();
    me = &g;
    while (yc_send(&g, 1))
        ;
    printf("main not reached\n");
    return 0;
#else
    struct narrow_send a = narrow_send(0);
    DRIVE("narrow_send", a, SEND1);
    struct wide_send b = wide_send(0);
    DRIVE("wide_send", b, SEND1);
    struct narrow c = narrow(0);
    DRIVE("narrow", c, yc_next);
    struct wide d = wide(0);
    DRIVE("wide", d, yc_next);
    struct edge x = edge(0);
    DRIVE("edge", x, yc_next);

    /* closed while suspended, and closed before the start */
    struct wide_send e = wide_send(0);
    yc_next(&e);
    yc_send(&e, 7);
    yc_close(&e);
    printf("closed suspended: next %d, send %d, done %d\n", yc_next(&e), yc_send(&e, 1), yc_done(&e));
    struct narrow f = narrow(0);
    yc_close(&f);
    printf("closed fresh: next %d, next %d, done %d\n", yc_next(&f), yc_next(&f), yc_done(&f));
    return 0;
#endif
}
// CHECK: narrow_send: 4 values, result 4, done 1, refused 6 of 6
// CHECK-NEXT: wide_send: 300 values, result 300, done 1, refused 6 of 6
// CHECK-NEXT: narrow: 4 values, result 4, done 1, refused 6 of 6
// CHECK-NEXT: wide: 300 values, result 300, done 1, refused 6 of 6
// CHECK-NEXT: edge: 253 values, result 253, done 1, refused 6 of 6
// CHECK-NEXT: closed suspended: next 0, send 0, done 1
// CHECK-NEXT: closed fresh: next 0, next 0, done 1
// STATE: struct narrow_send {
// STATE-NEXT: unsigned char yc_state;
// STATE: struct wide_send {
// STATE-NEXT: unsigned short yc_state;
// STATE: struct edge {
// STATE-NEXT: unsigned char yc_state;
// REENTER: resuming wide_self from inside itself after 300
// REENTER-NEXT: {{.*}}'wide_self'{{.*}}running
// REENTER-NOT: not reached

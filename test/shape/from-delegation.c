// The shape of `yield from`: one call of the sub's step function per resume,
// at the resume point (no loop of its own).  A sub made in place, that only
// this generator can reach, is stepped directly through its static inline
// step function without the re-entry check; a sub given by pointer goes
// through yc_next (checked), and with S on both sides through yc_send.
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s
#include <yieldc.h>

generator(int) int leaf(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

generator(int, int) int echo(void)
{
    int last = 0;
    for (;;) {
        int got = yield last;
        if (got < 0)
            return last;
        last = got;
    }
}

generator(int) int outer(struct leaf *p)
{
    int a = yield from leaf(3);
    int b = yield from p;
    return a + b;
}

generator(int, int) int relay(void)
{
    return yield from echo();
}

// CHECK-LABEL: outer__body(struct outer *yc_f, unsigned yc_from, bool *yc_yielded){{$}}
// CHECK: yc_f->yc_sub_1 = (leaf(3)); yc_resume_1: if (leaf__istep(&yc_f->yc_sub_1, yc_f->yc_sub_1.yc_state)) { yc_f->yc_value = yc_value(&yc_f->yc_sub_1); yc_f->yc_state = 1; *yc_yielded = true; return yc_none; }
// CHECK: yc_f->yc_sub_2 = (p); yc_f->a = a; yc_resume_2: if (yc_next(yc_f->yc_sub_2)) { yc_f->yc_value = yc_value(yc_f->yc_sub_2); yc_f->yc_state = 2; *yc_yielded = true; return yc_none; }
// CHECK-LABEL: relay__body(struct relay *yc_f, unsigned yc_from, bool *yc_yielded){{$}}
// CHECK: yc_resume_1: if (yc_send(&yc_f->yc_sub_1, yc_f->yc_sent)) {

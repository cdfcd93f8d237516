// A macro that writes a yield is expanded in place; the runtime's macros
// in its text or its arguments (yc_next, yc_send, yc_value, yc_result,
// yc_done, yc_close, yc_handle) must come out as themselves, not as the
// definitions yieldc's own parse gives them (`yc_next(g)` was written out
// as `((void)(g)->yc__pl, 1)`, and the output did not compile: "no member
// named 'yc__pl'").  Every runtime macro, in a macro's body and in an
// argument beside a yield, in generators with and without a send type.
// RUN: %check-run %s %t | FileCheck %s
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s --check-prefix=OUT
#include <stdio.h>
#include <yieldc.h>

generator(int) int two(int base)
{
    yield base + 1;
    yield base + 2;
    return base * 10;
}

generator(int, int) int echo(void)
{
    int sum = 0;
    for (;;) {
        int v = yield sum;
        if (v < 0)
            return sum;
        sum += v;
    }
}

// everything a sub yields, then its result
#define DRAIN(g) while (yc_next(g)) yield yc_value(g)
#define RESULT_OF(g) (yc_done(g) ? yc_result(g) : -1)
#define FORWARD(e, v) (yc_send((e), (v)), yield yc_value(e))
#define YIELD_AND_CLOSE(g) do { yc_next(g); yield yc_value(g); yc_close(g); } while (0)
#define YIELD_BY_HANDLE(g) do { struct yc_gen h = yc_handle(g); while (yc_gen_next(h)) yield yc_value(g); } while (0)
#define BOTH(a, b) ((a) + (b))

generator(int) int drain(void)
{
    struct two t = two(10);
    // OUT: /* DRAIN: */ while (yc_next(&yc_f->t)) { yc_f->yc_value = (yc_value(&yc_f->t));
    DRAIN(&t);
    return RESULT_OF(&t);
}

generator(int, int) int forward(void)
{
    struct echo e = echo();
    yc_next(&e);
    // OUT: /* FORWARD: */ { (void)(yc_send((&yc_f->e), (5))); yc_f->yc_value = (yc_value(&yc_f->e));
    FORWARD(&e, 5);
    FORWARD(&e, 7);
    // a yield beside a runtime macro in the argument of one that is expanded
    // OUT: /* BOTH: */ ((yc_send(&yc_f->e, 100)) + ((yc_f->yc_sent)))
    int r = BOTH(yc_send(&e, 100), (yield 0));
    yc_send(&e, -1);
    return r * 1000 + yc_result(&e);
}

generator(int) void closing(void)
{
    struct two t = two(20);
    // OUT: /* YIELD_AND_CLOSE: */ do { yc_next(&yc_f->t);
    YIELD_AND_CLOSE(&t);
    yield yc_done(&t);
    struct two u = two(30);
    YIELD_BY_HANDLE(&u);
}

int main(void)
{
    struct drain d = drain();
    while (yc_next(&d))
        printf("drain %d\n", yc_value(&d));
    printf("drain result %d\n", yc_result(&d));
    // CHECK: drain 11
    // CHECK-NEXT: drain 12
    // CHECK-NEXT: drain result 100

    struct forward f = forward();
    int k = 1;
    while (yc_send(&f, k))
        printf("forward %d\n", yc_value(&f)), k += 2;
    printf("forward result %d\n", yc_result(&f));
    // CHECK-NEXT: forward 5
    // CHECK-NEXT: forward 12
    // CHECK-NEXT: forward 0
    // CHECK-NEXT: forward result 8112

    struct closing c = closing();
    while (yc_next(&c))
        printf("closing %d\n", yc_value(&c));
    // CHECK-NEXT: closing 21
    // CHECK-NEXT: closing 1
    // CHECK-NEXT: closing 31
    // CHECK-NEXT: closing 32
    return 0;
}

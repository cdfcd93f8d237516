// The code yieldc writes for `yield from` and for closing a delegating
// generator steps, reads and closes its sub through yieldc's own names, not
// through yc_next / yc_send / yc_value / yc_close: a file that redefines
// those around its generators (after #undef, here to do nothing) changes its
// own calls only, never the delegation.  Every way a sub is reached: made in
// place, through a pointer, with a send type, closed while pending, and a
// recursive sub (its frames chained).  (Found by review: with yc_value
// redefined to multiply by 100, a delegating generator yielded 200 and 300.)
// RUN: %check-run %s %t | FileCheck %s
#include <stdbool.h>
#include <stdio.h>
#include <yieldc.h>

static int cleaned;
static void clean(int *p) { cleaned += *p; }

generator(int) int two(int base)
{
    __attribute__((cleanup(clean))) int c = base;
    yield base + 1;
    yield base + 2;
    return base * 10;
}

generator(int, int) int echo(int times)
{
    int got = 0;
    for (int i = 0; i < times; i++)
        got += yield i;
    return got;
}

#pragma push_macro("yc_next")
#pragma push_macro("yc_send")
#pragma push_macro("yc_value")
#pragma push_macro("yc_close")
#undef yc_next
#undef yc_send
#undef yc_value
#undef yc_close
#define yc_next(g) ((void)(g), false)
#define yc_send(g, v) ((void)(g), (void)(v), false)
#define yc_value(g) ((g)->yc_value * 100)
#define yc_close(g) ((void)(g))

generator(int) int in_place(int base)
{
    int r = yield from two(base);
    return r + 1;
}

generator(int) int through_pointer(struct two *p)
{
    return yield from p;
}

generator(int, int) int relay(int times)
{
    int r = yield from echo(times);
    return r;
}

generator(int) void walk(int depth)
{
    if (depth == 0)
        return;
    yield depth;
    yield from walk(depth - 1);
}
#pragma pop_macro("yc_close")
#pragma pop_macro("yc_value")
#pragma pop_macro("yc_send")
#pragma pop_macro("yc_next")

int main(void)
{
    struct in_place a = in_place(1);
    while (yc_next(&a))
        printf("in_place %d\n", yc_value(&a));
    printf("in_place result %d\n", yc_result(&a));
    // CHECK: in_place 2
    // CHECK-NEXT: in_place 3
    // CHECK-NEXT: in_place result 11

    struct two t = two(4);
    struct through_pointer p = through_pointer(&t);
    while (yc_next(&p))
        printf("pointer %d\n", yc_value(&p));
    printf("pointer result %d\n", yc_result(&p));
    // CHECK-NEXT: pointer 5
    // CHECK-NEXT: pointer 6
    // CHECK-NEXT: pointer result 40

    struct relay r = relay(3);
    for (int k = 10; yc_send(&r, k); k += 10)
        printf("relay %d\n", yc_value(&r));
    printf("relay result %d\n", yc_result(&r));
    // CHECK-NEXT: relay 0
    // CHECK-NEXT: relay 1
    // CHECK-NEXT: relay 2
    // CHECK-NEXT: relay result 90

    cleaned = 0;
    struct in_place c = in_place(7);
    yc_next(&c);
    yc_close(&c);
    printf("closed done %d cleaned %d\n", yc_done(&c), cleaned);
    // CHECK-NEXT: closed done 1 cleaned 7

    struct walk w = walk(3);
    while (yc_next(&w))
        printf("walk %d\n", yc_value(&w));
    // CHECK-NEXT: walk 3
    // CHECK-NEXT: walk 2
    // CHECK-NEXT: walk 1
    struct walk w2 = walk(3);
    yc_next(&w2);
    yc_next(&w2);
    yc_close(&w2);
    printf("walk closed %d\n", yc_done(&w2));
    // CHECK-NEXT: walk closed 1
    return 0;
}

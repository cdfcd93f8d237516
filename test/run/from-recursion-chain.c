// yield from a generator into itself: the frames of the recursion form a
// chain that the step walks (docs/design.md, "yield from"), so a resume
// goes straight to the innermost frame and no level takes C stack.  A
// list-shaped recursion 300,000 levels deep (more than an 8 MB C stack held
// when each level was a C call; the test runs with ulimit -s 2048) is
// walked and closed at several depths; every frame YC_ALLOC made is freed
// (the innermost level, down(0), ends in its first step and takes none:
// see from-recursion-first-step.c),
// cleanups run innermost first, results come back up through expressions,
// a void result and a void yield type work, and a recursive generator made
// in place by another (non-recursive) one is resumed through it.
// RUN: %check-run %s %t | FileCheck %s
// RUN: sh -c 'ulimit -s 2048 && %t.gcc' | FileCheck %s
#include <stdio.h>
#include <stdlib.h>
static long allocs, frees;
#define YC_ALLOC(n) (allocs++, malloc(n))
#define YC_FREE(p) (frees++, free(p))
#include <yieldc.h>

/* depth n down to 0: yields n on the way down and -n on the way up */
generator(int) long down(int n)
{
    if (n == 0)
        return 0;
    yield n;
    long below = yield from down(n - 1);
    yield -n;
    return below + n;
}

/* the result of a recursive yield from used inside an expression */
generator(int) int sum_to(int n)
{
    if (n == 0)
        return 0;
    return n + (yield from sum_to(n - 1)) + (yield n, 0);
}

/* a void result, and recursion that yields nothing on some levels */
static int visits;
generator(int) void evens(int n)
{
    if (n < 0)
        return;
    visits++;
    if (n % 2 == 0)
        yield n;
    yield from evens(n - 1);
}

/* a void yield type: a task that suspends at every other level */
generator(void) int task(int n)
{
    if (n == 0)
        return 1;
    if (n % 2)
        yield;
    return 1 + (yield from task(n - 1));
}

/* cleanups of the levels suspended when the chain is closed: innermost first */
static int trace[8], ntrace;
static void note(int *level) { if (ntrace < 8) trace[ntrace++] = *level; }

generator(int) int guarded(int n)
{
    __attribute__((cleanup(note))) int level = n;
    if (n == 0) {
        yield 0;
        return 0;
    }
    int r = yield from guarded(n - 1);
    return r + level;
}

/* a non-recursive generator holding a recursive one in place */
generator(long) long outer(int n)
{
    long r = yield from down(n);
    yield 1000 + r;
    return r;
}

int main(void)
{
    enum { DEEP = 300000 };
    struct down d = down(DEEP);
    long count = 0, first = 0, last = 0, mid = 0;
    while (yc_next(&d)) {
        if (!count)
            first = yc_value(&d);
        if (count == DEEP)
            mid = yc_value(&d);
        last = yc_value(&d);
        count++;
    }
    printf("down: %ld values, first %ld, after the bottom %ld, last %ld, result %ld\n", count, first, mid, last,
           yc_result(&d));
    printf("frames: %ld made, %ld freed\n", allocs, frees);

    /* closed at the bottom, half-way up, and before it starts */
    int at[] = { DEEP, DEEP + DEEP / 2, 0 };
    for (int k = 0; k < 3; k++) {
        struct down c = down(DEEP);
        for (int i = 0; i < at[k] && yc_next(&c); i++)
            ;
        yc_close(&c);
        printf("closed after %d: done %d, next %d\n", at[k], yc_done(&c), yc_next(&c));
    }
    printf("frames: %ld made, %ld freed\n", allocs, frees);

    struct sum_to s = sum_to(100);
    int ns = 0;
    while (yc_next(&s))
        ns++;
    printf("sum_to: %d yields, result %d\n", ns, yc_result(&s));

    struct evens e = evens(9);
    printf("evens:");
    while (yc_next(&e))
        printf(" %d", yc_value(&e));
    printf(" (%d levels)\n", visits);

    struct task t = task(7);
    int suspensions = 0;
    while (yc_next(&t))
        suspensions++;
    printf("task: %d suspensions, result %d\n", suspensions, yc_result(&t));

    struct guarded g = guarded(4);
    yc_next(&g);
    yc_close(&g);
    printf("cleanups:");
    for (int i = 0; i < ntrace; i++)
        printf(" %d", trace[i]);
    printf("\n");

    struct outer o = outer(3);
    printf("outer:");
    while (yc_next(&o))
        printf(" %ld", yc_value(&o));
    printf(" -> %ld\n", yc_result(&o));
    printf("frames: %ld made, %ld freed\n", allocs, frees);
    return 0;
}

// CHECK: down: 600000 values, first 300000, after the bottom -1, last -300000, result 45000150000
// CHECK-NEXT: frames: 299999 made, 299999 freed
// CHECK-NEXT: closed after 300000: done 1, next 0
// CHECK-NEXT: closed after 450000: done 1, next 0
// CHECK-NEXT: closed after 0: done 1, next 0
// CHECK-NEXT: frames: 899997 made, 899997 freed
// CHECK-NEXT: sum_to: 100 yields, result 5050
// CHECK-NEXT: evens: 8 6 4 2 0 (10 levels)
// CHECK-NEXT: task: 4 suspensions, result 8
// CHECK-NEXT: cleanups: 0 1 2 3 4
// CHECK-NEXT: outer: 3 2 1 -1 -2 -3 1006 -> 6
// CHECK-NEXT: frames: {{[0-9]+}} made, {{[0-9]+}} freed

// `x = yield v;` as a statement: the yield hands v to the caller and x receives each value passed to yc_send.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int global_last;

generator(int, int) int acc(int start)
{
    int total = start;
    int x = 0;
    for (;;) {
        x = yield total;
        if (x < 0)
            break;
        total += x;
        global_last = yield -total;
        start = yield global_last * 2;
    }
    return total * 10 + x + start;
}

static void show(struct acc *g, bool more)
{
    if (more)
        printf("yield %d\n", yc_value(g));
    else
        printf("done %d\n", yc_result(g));
}

int main(void)
{
    struct acc g = acc(5);
    show(&g, yc_next(&g));
    // CHECK: yield 5
    show(&g, yc_send(&g, 3));
    // CHECK-NEXT: yield -8
    show(&g, yc_send(&g, 11));
    // CHECK-NEXT: yield 22
    printf("global %d\n", global_last);
    // CHECK-NEXT: global 11
    show(&g, yc_send(&g, 100));
    // CHECK-NEXT: yield 8
    show(&g, yc_send(&g, 4));
    // CHECK-NEXT: yield -12
    show(&g, yc_send(&g, 6));
    // CHECK-NEXT: yield 12
    show(&g, yc_send(&g, 7));
    // CHECK-NEXT: yield 12
    show(&g, yc_send(&g, -1));
    // CHECK-NEXT: done 126
    printf("done %d\n", yc_done(&g));
    // CHECK-NEXT: done 1
    return 0;
}

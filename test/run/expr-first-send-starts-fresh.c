// yc_send on a fresh generator discards its value and starts the body, running to the first yield; the discarded value never reaches a later yield.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int started;

generator(int, int) int g(int a)
{
    started++;
    printf("body starts a=%d\n", a);
    int x = yield a;
    printf("x=%d\n", x);
    int y = yield x + 1;
    printf("y=%d\n", y);
    return x * 10 + y;
}

int main(void)
{
    struct g it = g(3);
    printf("created, started %d\n", started);
    // CHECK: created, started 0
    bool more = yc_send(&it, 42);
    // CHECK-NEXT: body starts a=3
    printf("more %d value %d started %d\n", more, yc_value(&it), started);
    // CHECK-NEXT: more 1 value 3 started 1
    more = yc_send(&it, 8);
    // CHECK-NEXT: x=8
    printf("more %d value %d\n", more, yc_value(&it));
    // CHECK-NEXT: more 1 value 9
    more = yc_send(&it, 2);
    // CHECK-NEXT: y=2
    printf("more %d done %d result %d\n", more, yc_done(&it), yc_result(&it));
    // CHECK-NEXT: more 0 done 1 result 82
    more = yc_send(&it, 5);
    printf("after end more %d result %d started %d\n", more, yc_result(&it), started);
    // CHECK-NEXT: after end more 0 result 82 started 1

    struct g it2 = g(4);
    more = yc_send(&it2, 42);
    // CHECK-NEXT: body starts a=4
    printf("more %d value %d\n", more, yc_value(&it2));
    // CHECK-NEXT: more 1 value 4
    more = yc_next(&it2);
    // CHECK-NEXT: x=0
    printf("more %d value %d\n", more, yc_value(&it2));
    // CHECK-NEXT: more 1 value 1
    more = yc_next(&it2);
    // CHECK-NEXT: y=0
    printf("more %d result %d started %d\n", more, yc_result(&it2), started);
    // CHECK-NEXT: more 0 result 0 started 2
    return 0;
}

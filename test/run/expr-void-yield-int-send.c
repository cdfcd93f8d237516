// generator(void, int): yields nothing (bare `yield`) but receives ints, including `(yield) * 2` and a bare `yield;` statement whose sent value is dropped.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(void, int) long sink(void)
{
    long sum = 0;
    int v;
    printf("sink start\n");
    while ((v = yield) != 0) {
        printf("got %d\n", v);
        sum += v;
    }
    yield;
    int d = (yield) * 2;
    return sum * 1000 + d;
}

int main(void)
{
    struct sink g = sink();
    bool more = yc_next(&g);
    // CHECK: sink start
    printf("more %d\n", more);
    // CHECK-NEXT: more 1
    yc_send(&g, 5);
    // CHECK-NEXT: got 5
    yc_send(&g, 7);
    // CHECK-NEXT: got 7
    more = yc_send(&g, 0);
    printf("more %d done %d\n", more, yc_done(&g));
    // CHECK-NEXT: more 1 done 0
    more = yc_send(&g, 99);
    printf("more %d\n", more);
    // CHECK-NEXT: more 1
    more = yc_send(&g, 21);
    printf("more %d done %d result %ld\n", more, yc_done(&g), yc_result(&g));
    // CHECK-NEXT: more 0 done 1 result 12042
    return 0;
}

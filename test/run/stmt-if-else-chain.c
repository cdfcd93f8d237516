// An if / else-if / else chain with yields in several branches, taken in turn by different inputs, including a branch without a yield.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int classify(int x)
{
    int r = 0;
    if (x < 0) {
        yield -1;
        r = 1;
        yield -2;
    } else if (x == 0) {
        yield 0;
        r = 2;
    } else if (x < 10) {
        r = 3;
    } else {
        yield 10;
        if (x > 100)
            yield 100;
        else
            yield 50;
        r = 4;
    }
    yield 1000 + r;
    return r * x;
}

static void run(int x)
{
    struct classify g = classify(x);
    printf("x=%d:", x);
    while (yc_next(&g))
        printf(" %d", yc_value(&g));
    printf(" -> %d\n", yc_result(&g));
}

int main(void)
{
    run(-5);
    // CHECK: x=-5: -1 -2 1001 -> -5
    run(0);
    // CHECK-NEXT: x=0: 0 1002 -> 0
    run(7);
    // CHECK-NEXT: x=7: 1003 -> 21
    run(20);
    // CHECK-NEXT: x=20: 10 50 1004 -> 80
    run(200);
    // CHECK-NEXT: x=200: 10 100 1004 -> 800
    return 0;
}

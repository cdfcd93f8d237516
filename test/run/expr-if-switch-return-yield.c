// `if (yield x)`, `else if (yield x)`, `switch (yield x)` (with fall-through) and `return yield x;` branch on the values sent.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int ctl(void)
{
    int hits = 0;
    for (int i = 1; i <= 3; i++) {
        if (yield i)
            hits += 10;
        else
            hits += 1;
    }
    if (hits > 100)
        hits = -1;
    else if (yield 50)
        hits += 100;
    else if ((yield 60) > 3)
        hits += 200;
    switch (yield 70) {
    case 1:
        hits += 1000;
        break;
    case 2:
        hits += 2000;
        /* fall through */
    case 3:
        hits += 3000;
        break;
    default:
        hits += 9000;
    }
    return yield hits;
}

static void run(const int *sends, int n)
{
    struct ctl g = ctl();
    bool more = yc_next(&g);
    for (int k = 0; more; k++) {
        printf("%d ", yc_value(&g));
        more = k < n ? yc_send(&g, sends[k]) : yc_next(&g);
    }
    printf("-> %d\n", yc_result(&g));
}

int main(void)
{
    run((const int[]){ 1, 0, 5, 0, 4, 2, 77 }, 7);
    // CHECK: 1 2 3 50 60 70 5221 -> 77
    run((const int[]){ 0, 0, 0, 9, 3, 8 }, 6);
    // CHECK-NEXT: 1 2 3 50 70 3103 -> 8
    run((const int[]){ 1, 1, 1, 0, 0, 1 }, 6);
    // CHECK-NEXT: 1 2 3 50 60 70 1030 -> 0
    run((const int[]){ 2 }, 1);
    // CHECK-NEXT: 1 2 3 50 60 70 9012 -> 0
    return 0;
}

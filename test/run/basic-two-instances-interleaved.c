// Two instances of the same generator driven alternately keep fully independent state (locals, parameters, position).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int ramp(int start, int step, int n)
{
    int v = start;
    int sum = 0;
    for (int i = 0; i < n; i++) {
        yield v;
        sum += v;
        v += step;
    }
    return sum;
}

int main(void)
{
    struct ramp a = ramp(0, 1, 3);
    struct ramp b = ramp(100, -10, 5);
    int turn = 0;
    bool more_a = true, more_b = true;
    while (more_a || more_b) {
        if (turn++ % 2 == 0) {
            if (more_a && (more_a = yc_next(&a)))
                printf("a %d\n", yc_value(&a));
        } else {
            if (more_b && (more_b = yc_next(&b)))
                printf("b %d\n", yc_value(&b));
        }
    }
    // CHECK: a 0
    // CHECK-NEXT: b 100
    // CHECK-NEXT: a 1
    // CHECK-NEXT: b 90
    // CHECK-NEXT: a 2
    // CHECK-NEXT: b 80
    // CHECK-NEXT: b 70
    // CHECK-NEXT: b 60
    printf("results %d %d\n", yc_result(&a), yc_result(&b));
    // CHECK-NEXT: results 3 400
    return 0;
}

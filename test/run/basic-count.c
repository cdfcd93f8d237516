// A counting generator: yielded values in order, the result, done, and
// yc_next after the end running nothing.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int body_runs;

generator(int) int count(int n)
{
    int total = 0;
    body_runs++;
    for (int i = 0; i < n; i++) {
        yield i;
        total += i;
    }
    return total;
}

int main(void)
{
    struct count g = count(4);
    // CHECK: fresh done=0 value=0 result=0 runs=0
    printf("fresh done=%d value=%d result=%d runs=%d\n", yc_done(&g), yc_value(&g), yc_result(&g), body_runs);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK-NEXT: value 0
    // CHECK-NEXT: value 1
    // CHECK-NEXT: value 2
    // CHECK-NEXT: value 3
    // CHECK-NEXT: result 6 done 1
    printf("result %d done %d\n", yc_result(&g), yc_done(&g));
    // CHECK-NEXT: again 0 runs 1
    printf("again %d runs %d\n", yc_next(&g), body_runs);
    return 0;
}

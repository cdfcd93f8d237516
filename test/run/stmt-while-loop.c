// Yields inside while loops: a countdown, a nested while, and a while(1) left by return.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int countdown(int n)
{
    int steps = 0;
    while (n > 0) {
        yield n;
        n--;
        steps++;
    }
    int a = 0;
    while (a < 2) {
        int b = 0;
        while (b < 2) {
            yield a * 10 + b;
            b++;
        }
        a++;
    }
    while (1) {
        yield 99;
        steps += 100;
        if (steps > 150)
            return steps;
    }
}

int main(void)
{
    struct countdown g = countdown(3);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK: value 3
    // CHECK-NEXT: value 2
    // CHECK-NEXT: value 1
    // CHECK-NEXT: value 0
    // CHECK-NEXT: value 1
    // CHECK-NEXT: value 10
    // CHECK-NEXT: value 11
    // CHECK-NEXT: value 99
    // CHECK-NEXT: value 99
    // CHECK-NEXT: result 203 done 1
    printf("result %d done %d\n", yc_result(&g), yc_done(&g));
    return 0;
}

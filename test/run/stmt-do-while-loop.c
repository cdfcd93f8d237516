// Yields inside do-while loops: the body runs once even when the condition is false at the start, and continue goes to the condition.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int dowhile(int n)
{
    int k = 0;
    do {
        yield 100 + k;
        k++;
    } while (k < n);
    int once = 0;
    do {
        yield 200;
        once++;
    } while (0);
    int m = 0;
    do {
        m++;
        if (m % 2)
            continue;
        yield 300 + m;
    } while (m < 5);
    return k * 100 + once * 10 + m;
}

int main(void)
{
    struct dowhile g = dowhile(3);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK: value 100
    // CHECK-NEXT: value 101
    // CHECK-NEXT: value 102
    // CHECK-NEXT: value 200
    // CHECK-NEXT: value 302
    // CHECK-NEXT: value 304
    // CHECK-NEXT: result 315 done 1
    printf("result %d done %d\n", yc_result(&g), yc_done(&g));

    struct dowhile z = dowhile(0);
    while (yc_next(&z))
        printf("zero %d\n", yc_value(&z));
    // CHECK-NEXT: zero 100
    // CHECK-NEXT: zero 200
    // CHECK-NEXT: zero 302
    // CHECK-NEXT: zero 304
    // CHECK-NEXT: result 115
    printf("result %d\n", yc_result(&z));
    return 0;
}

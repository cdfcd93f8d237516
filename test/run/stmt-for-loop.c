// Yields inside for loops: a declaration in the init clause, an outer-scope counter, an empty-clause for(;;) left by break.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int squares(int n)
{
    int sum = 0;
    for (int i = 1; i <= n; i++) {
        yield i * i;
        sum += i * i;
    }
    int j;
    for (j = 10; j > 7; j -= 2)
        yield j;
    for (;;) {
        yield -1;
        if (++j > 10)
            break;
    }
    return sum + j;
}

int main(void)
{
    struct squares g = squares(3);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK: value 1
    // CHECK-NEXT: value 4
    // CHECK-NEXT: value 9
    // CHECK-NEXT: value 10
    // CHECK-NEXT: value 8
    // CHECK-NEXT: value -1
    // CHECK-NEXT: value -1
    // CHECK-NEXT: value -1
    // CHECK-NEXT: value -1
    // CHECK-NEXT: value -1
    // CHECK-NEXT: result 25 done 1
    printf("result %d done %d\n", yc_result(&g), yc_done(&g));
    return 0;
}

// Several yield statements on one source line (also inside a one-line loop and if), resumed one after another in order.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int oneline(int n)
{
    int x = 1;
    yield x; x++; yield x; x *= 10; yield x;
    for (int i = 0; i < n; i++) { yield 100 + i; yield 200 + i; }
    if (n > 1) { yield -1; } else { yield -2; } yield -3;
    yield __LINE__ - __LINE__; yield x + 1; return x;
}

int main(void)
{
    struct oneline g = oneline(2);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 1 2 20 100 200 101 201 -1 -3 0 21
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 20
    return 0;
}

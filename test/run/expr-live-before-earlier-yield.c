// A variable used only in the operand of an earlier yield of the same
// statement is not kept over a later one: it was evaluated before the
// earlier suspension (it used to be saved at the later yield without being
// restored after the earlier one: an uninitialized read, rejected at -O2).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int g(void)
{
    int w = 3;
    int q = (yield w) || (yield 9);
    return q;
}

generator(int, int) int h(int n)
{
    int a = n, b = n * 2;
    int r = (yield a) + (yield b) + (yield (a + b));   /* a and b kept over the first two */
    return r;
}

int main(void)
{
    struct g a = g();
    while (yc_next(&a))
        printf("v=%d ", yc_value(&a));
    printf("r=%d\n", yc_result(&a));
    // CHECK: v=3 v=9 r=0
    struct h b = h(5);
    yc_next(&b);
    while (printf("v=%d ", yc_value(&b)), yc_send(&b, 1))
        ;
    printf("r=%d\n", yc_result(&b));
    // CHECK-NEXT: v=5 v=10 v=15 r=3
    return 0;
}

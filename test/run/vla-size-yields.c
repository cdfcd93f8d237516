// A yield in a variable-length array's size runs before the array lives:
// accepted (it was refused as "'yield' while 'a', a variable-length array
// ..., is alive").  A yield while the array lives is still refused
// (diag/local-vla-across-yield.c, a later declarator of the same
// declaration included).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int g(void)
{
    int total = 0;
    {
        int a[(yield 1)], b[2];
        for (int i = 0; i < (int)(sizeof a / sizeof a[0]); i++)
            a[i] = i;
        b[0] = a[0];
        total += (int)(sizeof a / sizeof a[0]) + b[0];
    }
    return total;
}

int main(void)
{
    struct g x = g();
    yc_next(&x);
    yc_send(&x, 5);
    printf("res %d\n", yc_result(&x));
    // CHECK: res 5
    return 0;
}

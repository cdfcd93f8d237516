// The result of an in-place yield from kept over a later suspension (a temporary).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
generator(int) int sub(int n) { for (int i = 0; i < n; i++) yield 100 + i; return n * 1000; }
generator(int) int g(void)
{
    int r = (yield from sub(1)) + (yield from sub(2));
    return r;
}
int main(void)
{
    struct g it = g();
    while (yc_next(&it)) printf("[%d]", yc_value(&it));
    printf(" r=%d (expected 3000)\n", yc_result(&it));
    return 0;
}
// CHECK: [100][100][101] r=3000 (expected 3000)

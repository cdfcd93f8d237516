// Array, 2-D array and function parameters (adjusted to pointers), a yield after a
// macro that ends a loop header, a const yield type, and an unused static generator.
// RUN: %check-run %s %t -pedantic | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
#define REPEAT(n) for (int i_ = 0; i_ < (n); i_++)
static int twice(int x) { return 2 * x; }
generator(int) void arr(const int a[], int n, int m[2][3], int f(int), const char s[static 1])
{
    for (int i = 0; i < n; i++) yield a[i];
    yield m[1][2];
    yield f(5);
    yield s[0];
    REPEAT(2) yield 7;
}
generator(const int) const int cy(void) { yield 4; return 5; }
static generator(int) void unused_one(void) { yield 1; }
int main(void)
{
    int a[] = {1, 2}, m[2][3] = {{0}, {0, 0, 6}};
    struct arr g = arr(a, 2, m, twice, "x");
    while (yc_next(&g)) printf("%d ", yc_value(&g));
    struct cy c = cy(); while (yc_next(&c)) printf("c%d ", yc_value(&c));
    printf("r%d\n", yc_result(&c));
}
// CHECK: 1 2 6 10 120 7 7 c4 r5

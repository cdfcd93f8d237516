// A struct whose array member decays to a pointer kept across a yield lives in the frame.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
struct S { int arr[3]; };
generator(int) int g(void)
{
    struct S s = { { 10, 20, 30 } };
    int *p = s.arr;
    yield 1;
    s.arr[1] = 99;
    yield p[1];
    return s.arr[0];
}
static int deeper(struct g *it, int n) { volatile char pad[256]; pad[0] = 1; return n ? deeper(it, n - 1) + pad[0] - 1 : yc_next(it); }
int main(void)
{
    struct g it = g();
    yc_next(&it);
    printf("%d\n", yc_value(&it));
    deeper(&it, 3);
    printf("%d (expected 99)\n", yc_value(&it));
    return 0;
}
// CHECK: 99 (expected 99)

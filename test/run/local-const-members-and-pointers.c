// const in frame variables: a struct with a const member (kept as bytes), a const pointer
// to a function spelled (*const), and a const array; the frames stay assignable.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
struct P { const int a; int b; };
static int twice(int x) { return 2 * x; }
generator(int) int g(int n)
{
    struct P p = { n, 2 };
    yield p.a;
    yield p.b + p.a;
    return 0;
}
generator(int) int h(int n)
{
    int (*const fp)(int) = twice;
    yield fp(n);
    yield fp(n + 1);
    return 0;
}
generator(int) int k(void)
{
    const int tbl[3] = { 1, 2, 3 };
    for (int i = 0; i < 3; i++)
        yield tbl[i];
    return 0;
}
int main(void)
{
    struct g it = g(3);
    while (yc_next(&it)) printf("%d\n", yc_value(&it));
    struct h ih = h(3);
    while (yc_next(&ih)) printf("%d\n", yc_value(&ih));
    struct k ik;
    ik = k();
    while (yc_next(&ik)) printf("%d\n", yc_value(&ik));
    return 0;
}
// CHECK: 3
// CHECK-NEXT: 5
// CHECK-NEXT: 6
// CHECK-NEXT: 8
// CHECK-NEXT: 1
// CHECK-NEXT: 2
// CHECK-NEXT: 3

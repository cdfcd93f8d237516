// Conditions the lowering moves or splits (a ?: test, a comma's right operand, a local of a body-declared type copied over a suspension) compile without warnings where the input does.
// RUN: %check-run %s %t -pedantic | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int show(int v) { printf("show %d\n", v); return v; }

generator(int, int) int g(int n, int c)
{
    int x = (n == 3) ? (yield 1) : 2;           /* not `if ((n == 3))` */
    int y = (x * 5) ? (yield 2) : 3;            /* not `if (x * 5)` */
    if ((show(n), (yield 3) * 5))               /* not `if ((v * 5))` */
        x++;
    while ((show(x), c ? 3 : (yield 4)) && n-- > 2)
        y++;
    if ((show(y), (yield 5) == 2))
        x += 10;
    return x * 100 + y;
}

struct pt { int a; int b; };
static void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }

/* a loop that never runs around a suspension with a local of a type
   declared in the body (once, gcc -O2: "dangling pointer to 'lt5'") */
static generator(void, int) unsigned char h(int n)
{
    for (int i2 = 0; i2 < n; i2++) {
        struct pt s3 = { .b = 0, .a = 0 };
        struct lt5_t { int q; int r; } lt5 = { (1 + n) % 1000, 1 };
        yield;
        s3.b = ((n || n) || lt5.q);
        pr(29, s3.a * 1000 + s3.b);
    }
    return 0;
}

int main(void)
{
    struct g t = g(3, 0);
    while (yc_send(&t, 2))
        printf("value %d\n", yc_value(&t));
    printf("result %d\n", yc_result(&t));
    struct h u = h(0);
    printf("more %d\n", (int)yc_send(&u, 12));
    struct h w = h(1);
    while (yc_next(&w))
        printf("h suspended\n");
    return 0;
}
// CHECK: value 1
// CHECK-NEXT: value 2
// CHECK-NEXT: show 3
// CHECK-NEXT: value 3
// CHECK-NEXT: show 3
// CHECK-NEXT: value 4
// CHECK-NEXT: show 3
// CHECK-NEXT: value 4
// CHECK-NEXT: show 3
// CHECK-NEXT: value 5
// CHECK-NEXT: result 1303
// CHECK-NEXT: more 0
// CHECK-NEXT: h suspended
// CHECK-NEXT: p29 1

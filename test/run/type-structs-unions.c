// Structs and unions as locals kept across yields and as the yield type (generator(struct point), generator(union num)), and a struct result.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct point { int x, y; };
union num { int i; float f; unsigned char bytes[4]; };
struct box { struct point lo, hi; char name[8]; };

generator(struct point) struct box walk(int n)
{
    struct point p = { 0, 0 };
    struct box b = { { 0, 0 }, { 0, 0 }, "walk" };
    for (int k = 0; k < n; k++) {
        p.x += 1;
        p.y += k;
        yield p;
        if (p.x > b.hi.x) b.hi.x = p.x;
        if (p.y > b.hi.y) b.hi.y = p.y;
    }
    struct point q = p;
    q.x = -q.x;
    yield q;
    b.lo = q;
    return b;
}

generator(union num) int nums(void)
{
    union num u;
    u.i = 5;
    yield u;
    u.f = 1.5f;
    yield u;
    union num v = { .i = 7 };
    yield v;
    return v.i + u.i;
}

int main(void)
{
    struct walk g = walk(3);
    struct point z = yc_value(&g);
    printf("zero %d %d\n", z.x, z.y);
    // CHECK: zero 0 0
    while (yc_next(&g)) {
        struct point p = yc_value(&g);
        printf("point %d %d\n", p.x, p.y);
    }
    // CHECK-NEXT: point 1 0
    // CHECK-NEXT: point 2 1
    // CHECK-NEXT: point 3 3
    // CHECK-NEXT: point -3 3
    struct box b = yc_result(&g);
    printf("box %s lo %d %d hi %d %d\n", b.name, b.lo.x, b.lo.y, b.hi.x, b.hi.y);
    // CHECK-NEXT: box walk lo -3 3 hi 3 3

    struct nums n = nums();
    yc_next(&n);
    printf("int %d\n", yc_value(&n).i);
    // CHECK-NEXT: int 5
    yc_next(&n);
    printf("float %.2f\n", yc_value(&n).f);
    // CHECK-NEXT: float 1.50
    yc_next(&n);
    printf("int %d\n", yc_value(&n).i);
    // CHECK-NEXT: int 7
    bool more = yc_next(&n);
    printf("more %d done %d\n", more, yc_done(&n));
    // CHECK-NEXT: more 0 done 1
    union num f15 = { .f = 1.5f };
    printf("result ok %d\n", yc_result(&n) == 7 + f15.i);
    // CHECK-NEXT: result ok 1
    return 0;
}

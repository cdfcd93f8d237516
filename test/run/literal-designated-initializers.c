// Compound literals and designated initializers in generator bodies, in declarations before and after yields and in yielded values.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct rgb { int r, g, b; };
struct shape { int kind; struct rgb color; int pts[4]; };

static int sum3(struct rgb c) { return c.r + c.g + c.b; }

generator(struct rgb) int colors(int scale)
{
    struct rgb base = { .b = 3, .r = 1 };
    yield base;
    int arr[5] = { [4] = 40, [1] = 10 };
    struct shape s = { .color = { .g = 2 * scale }, .pts = { [2] = 7 }, .kind = 9 };
    yield s.color;
    yield (struct rgb){ .r = arr[1], .g = arr[4], .b = s.pts[2] };
    int *lit = (int[]){ 100, 200, 300 };
    yield (struct rgb){ lit[0], lit[1], lit[2] };
    lit[1] += 1;
    yield (struct rgb){ .g = lit[1] };
    int total = sum3((struct rgb){ .r = s.kind, .b = arr[0] }) + s.pts[0] + s.pts[3];
    return total;
}

int main(void)
{
    struct colors g = colors(5);
    while (yc_next(&g)) {
        struct rgb c = yc_value(&g);
        printf("rgb %d %d %d\n", c.r, c.g, c.b);
    }
    // CHECK: rgb 1 0 3
    // CHECK-NEXT: rgb 0 10 0
    // CHECK-NEXT: rgb 10 40 7
    // CHECK-NEXT: rgb 100 200 300
    // CHECK-NEXT: rgb 0 201 0
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 9
    return 0;
}

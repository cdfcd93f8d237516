// A local that lives in the frame (its address is taken), declared beside
// others, whose whole initializer is a lowered node: a yield, a yield from,
// a `?:`, `&&`, `||` or `,` holding a yield.  The declarator's initializer is
// assigned to the frame around the node's value (it was left out, the value
// computed and dropped: gcc "statement with no effect", and the local never
// set; random program 111989).
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: sub 1
// CHECK-NEXT: a=5 b=6 c=7 d=1 e=0 f=8 g=12
// CHECK-NEXT: result 39
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int sub(void)
{
    yield 1;
    return 7;
}

generator(int, int) int g(int k)
{
    int a = yield 10, b = a + 1;
    int c = yield from sub(), c2 = c;
    int d = k ? (yield 20) > 0 : 0, d2 = d;
    int e = k && (yield 30) < 0, e2 = e;
    int f = (yield 40, 8), f2 = f;
    int g = k || (yield 50) ? 12 : 13, g2 = g;
    int *p[] = { &a, &b, &c, &d, &e, &f, &g, &c2, &d2, &e2, &f2, &g2 };
    yield *p[0] + *p[7];
    printf("a=%d b=%d c=%d d=%d e=%d f=%d g=%d\n", *p[0], *p[1], *p[2], *p[3], *p[4], *p[5], *p[6]);
    return *p[0] + *p[1] + *p[7] + *p[8] + *p[9] + *p[10] + *p[11];
}

int main(void)
{
    struct g x = g(1);
    int more = yc_next(&x);
    while (more) {
        if (yc_value(&x) == 1)
            printf("sub 1\n");
        more = yc_send(&x, 5);
    }
    printf("result %d\n", yc_result(&x));
    return 0;
}

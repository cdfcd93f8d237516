// Values computed before a yield in the same expression survive the suspension (another instance runs in between), and yields work inside initializer lists and compound literals.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct pt { int x, y; };

static int calls;

static int cnt(int v)
{
    calls++;
    return v;
}

generator(int, int) int t(int a)
{
    int r = cnt(a) * 10 + (yield 1);
    int q = (yield 2) * 100 + cnt(a) * (yield 3);
    struct pt p = { yield 4, yield 5 };
    int arr[3] = { [2] = yield 6 };
    struct pt c = (struct pt){ .y = yield 7 };
    double d = 0;
    d = yield 8;
    printf("a %d: r %d q %d p %d %d arr %d %d %d c %d %d d %.1f\n",
           a, r, q, p.x + p.y, p.x * p.y, arr[0], arr[1], arr[2], c.x, c.y, d);
    return 0;
}

int main(void)
{
    struct t g = t(3);
    struct t h = t(9);
    bool more = yc_next(&g);
    yc_next(&h);
    while (more) {
        int v = yc_value(&g);
        printf("%d ", v);
        yc_send(&h, 1000);
        more = yc_send(&g, v + 1);
    }
    printf("calls %d\n", calls);
    // CHECK: 1 2 3 4 5 6 7 8 a 9: r 1090 q 109000 p 2000 1000000 arr 0 0 1000 c 0 1000 d 1000.0
    // CHECK-NEXT: a 3: r 32 q 312 p 11 30 arr 0 0 7 c 0 8 d 9.0
    // CHECK-NEXT: calls 4
    return 0;
}

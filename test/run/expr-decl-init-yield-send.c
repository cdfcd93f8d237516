// `int c = yield 0;` declarations initialized by a yield (also a const one and one in a nested block) receive the sent values.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int echo(void)
{
    int c = yield 0;
    int d = yield c * 2;
    {
        int e = yield c + d;
        yield e;
    }
    int q = yield c - d;
    const int k = yield q * 3;
    return c * 1000 + d * 100 + q * 10 + k;
}

static void show(struct echo *g, bool more)
{
    if (more)
        printf("yield %d\n", yc_value(g));
    else
        printf("done %d\n", yc_result(g));
}

int main(void)
{
    struct echo g = echo();
    show(&g, yc_next(&g));
    // CHECK: yield 0
    show(&g, yc_send(&g, 7));
    // CHECK-NEXT: yield 14
    show(&g, yc_send(&g, 5));
    // CHECK-NEXT: yield 12
    show(&g, yc_send(&g, 9));
    // CHECK-NEXT: yield 9
    show(&g, yc_send(&g, 123));
    // CHECK-NEXT: yield 2
    show(&g, yc_send(&g, 6));
    // CHECK-NEXT: yield 18
    show(&g, yc_send(&g, 2));
    // CHECK-NEXT: done 7562
    return 0;
}

// The comma operator keeps its left-to-right order around yields: `(mark(1), yield 10, mark(2))`, two yields in one comma expression, a yield in a for increment's comma list, and `yield n, n++;` (the yield stops at the comma).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int mark(int k)
{
    printf("mark %d\n", k);
    return k;
}

generator(int, int) int cm(void)
{
    int r = (mark(1), yield 10, mark(2));
    int s = (mark(3), yield 20);
    int t = (yield 30, yield 40);
    int n = 0;
    for (int i = 0; i < 2; mark(100 + i), n += yield i, i++)
        mark(50 + i);
    yield n, n++;
    return r * 1000 + s * 100 + t * 10 + n;
}

int main(void)
{
    struct cm g = cm();
    int send = 5;
    bool more = yc_next(&g);
    while (more) {
        printf("value %d\n", yc_value(&g));
        more = yc_send(&g, send++);
    }
    // CHECK: mark 1
    // CHECK-NEXT: value 10
    // CHECK-NEXT: mark 2
    // CHECK-NEXT: mark 3
    // CHECK-NEXT: value 20
    // CHECK-NEXT: value 30
    // CHECK-NEXT: value 40
    // CHECK-NEXT: mark 50
    // CHECK-NEXT: mark 100
    // CHECK-NEXT: value 0
    // CHECK-NEXT: mark 51
    // CHECK-NEXT: mark 101
    // CHECK-NEXT: value 1
    // CHECK-NEXT: value 19
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 2700
    return 0;
}

// Yields inside subscripts (`arr[yield i]`, `(yield 0)[2]` on a pointer S) and member access on a sent struct (`(yield 0).field`, a member array, `(yield 0)->field`).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct pt { int x, y; int v[3]; };

generator(int, int) int sub(void)
{
    int arr[4] = { 10, 20, 30, 40 };
    int a = arr[yield 0];
    int b = arr[(yield 1) + 1];
    arr[yield 2] = 99;
    return a * 10000 + b * 100 + arr[0] + arr[1] + arr[2] + arr[3];
}

generator(int, struct pt) int mem(void)
{
    int x = (yield 0).x;
    int y = (yield 1).y;
    int v = (yield 2).v[1];
    struct pt whole = yield 3;
    return x * 1000 + y * 100 + v * 10 + whole.v[2];
}

generator(int, const struct pt *) int arrow(void)
{
    int x = (yield 0)->x;
    int v = (yield 1)->v[2];
    return x * 10 + v;
}

generator(int, const int *) int index_ptr(void)
{
    int a = (yield 0)[2];
    int b = 1[yield 1];
    return a * 10 + b;
}

int main(void)
{
    struct sub s = sub();
    yc_next(&s);
    printf("%d ", yc_value(&s));
    yc_send(&s, 3);
    printf("%d ", yc_value(&s));
    yc_send(&s, 1);
    printf("%d ", yc_value(&s));
    yc_send(&s, 0);
    printf("-> %d\n", yc_result(&s));
    // CHECK: 0 1 2 -> 403189

    struct pt p1 = { 1, 2, { 3, 4, 5 } };
    struct pt p2 = { 6, 7, { 8, 9, 0 } };
    struct mem m = mem();
    yc_next(&m);
    yc_send(&m, p2);
    yc_send(&m, p1);
    yc_send(&m, p2);
    printf("value %d ", yc_value(&m));
    yc_send(&m, p1);
    printf("-> %d\n", yc_result(&m));
    // CHECK-NEXT: value 3 -> 6295

    struct arrow ar = arrow();
    yc_next(&ar);
    yc_send(&ar, &p2);
    yc_send(&ar, &p1);
    printf("-> %d\n", yc_result(&ar));
    // CHECK-NEXT: -> 65

    static const int nums[] = { 7, 8, 9 };
    struct index_ptr ip = index_ptr();
    yc_next(&ip);
    yc_send(&ip, nums);
    yc_send(&ip, nums + 1);
    printf("-> %d\n", yc_result(&ip));
    // CHECK-NEXT: -> 99
    return 0;
}

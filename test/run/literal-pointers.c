// Pointers into compound literals (an array literal that decays, &(struct){...}) stay valid
// across yields: such a literal is copied into the frame where it is evaluated.
// RUN: %check-run %s %t -O2 | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
#define SHOWX printf("x=%d ", x)
#define INCX (x++)
#define BUMP(v) ((v) += 1)
#define ADD_Y(a) ((a) + y)
struct S { int arr[3]; int v; };
static int get(const int *p) { return p[0]; }

generator(int) int lv(int n)
{
    int x = n * 3;
    int y = 40;
    yield 1;
    SHOWX;
    yield 2;
    INCX;
    yield 3;
    SHOWX;
    int z = ADD_Y(1);
    printf("z=%d ", z);
    struct S s = { { 1, 2, 3 }, 4 };
    int *p = s.arr + 1;
    yield 4;
    *p = 20;
    yield s.arr[1];
    int *q = (int[]){ 7, 8, 9 };
    yield 5;
    printf("q1=%d ", q[1]);
    const int *cq = (const int[]){ 70, 80 };
    struct S *sp = &(struct S){ .v = 55 };
    yield 6;
    printf("cq1=%d sp.v=%d ", cq[1], sp->v);
    return get(s.arr);
}

generator(int) int prm(int n, struct S s)
{
    int *p = &n;
    int *a = s.arr;
    yield 1;
    *p = 42; a[2] = 99;
    yield n;
    yield s.arr[2];
    return n;
}

int main(void)
{
    struct lv g = lv(2);
    while (yc_next(&g)) printf("[%d] ", yc_value(&g));
    printf("r=%d\n", yc_result(&g));
    struct S s0 = { { 0, 0, 0 }, 0 };
    struct prm p = prm(1, s0);
    while (yc_next(&p)) printf("[%d] ", yc_value(&p));
    printf("r=%d\n", yc_result(&p));
    return 0;
}
// CHECK: [1] x=6 [2] [3] x=7 z=41 [4] [20] [5] q1=8 [6] cq1=80 sp.v=55 r=1
// CHECK-NEXT: [1] [42] [99] r=42

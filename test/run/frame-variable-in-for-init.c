// Variables declared in a for clause that must live in the frame (address taken, const, volatile, array, hidden) work across yields.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void bump(int *p) { ++*p; }

generator(int *) int cells(void)
{
    for (int i = 0; i < 3; i++)
        yield &i;
    return 0;
}

generator(int) int several(void)
{
    for (int i = 0, j = 10; i < j; i++) {
        bump(&i);
        yield i * 100 + j;
    }
    for (int k, *p = &k; p; p = NULL) {
        k = 7;
        yield *p;
    }
    return 0;
}

generator(int, int) int clauses(int n)
{
    /* a yield in the first clause, then in the condition and the increment */
    for (int i = yield -1; i < n; i++) {
        int *p = &i;
        yield *p;
    }
    for (int i = 0; i < (yield -2); i += (yield -3)) {
        bump(&i);
        yield i;
    }
    return 0;
}

generator(int) int qualified(void)
{
    for (const int c = 5, d = c + 1; c < d;) {
        yield c + d;
        break;
    }
    for (volatile int v = 0; v < 2; v++)
        yield v;
    for (int a[2] = { 1, 2 }, s = 0; s < 2; s++)
        yield a[s];
    for (int i = 0; i < 2; i++) {
        for (int i = 10; i < 12; i++)   /* hides the outer i at the yield */
            yield i;
        yield i;
    }
    return 0;
}

int main(void)
{
    struct cells c = cells();
    while (yc_next(&c))
        printf("cell %d\n", *yc_value(&c));
    struct several s = several();
    while (yc_next(&s))
        printf("several %d\n", yc_value(&s));
    struct clauses k = clauses(2);
    int sends[] = { 0, 0, 1, 5, 9, 1, 0, 0, 0 };
    for (int i = 0; yc_send(&k, sends[i]); i++)
        printf("clauses %d\n", yc_value(&k));
    struct qualified q = qualified();
    while (yc_next(&q))
        printf("qualified %d\n", yc_value(&q));
    return 0;
}
// CHECK: cell 0
// CHECK-NEXT: cell 1
// CHECK-NEXT: cell 2
// CHECK-NEXT: several 110
// CHECK-NEXT: several 310
// CHECK-NEXT: several 510
// CHECK-NEXT: several 710
// CHECK-NEXT: several 910
// CHECK-NEXT: several 7
// CHECK-NEXT: clauses -1
// CHECK-NEXT: clauses 0
// CHECK-NEXT: clauses 1
// CHECK-NEXT: clauses -2
// CHECK-NEXT: clauses 1
// CHECK-NEXT: clauses -3
// CHECK-NEXT: clauses -2
// CHECK-NEXT: qualified 11
// CHECK-NEXT: qualified 0
// CHECK-NEXT: qualified 1
// CHECK-NEXT: qualified 1
// CHECK-NEXT: qualified 2
// CHECK-NEXT: qualified 10
// CHECK-NEXT: qualified 11
// CHECK-NEXT: qualified 0
// CHECK-NEXT: qualified 10
// CHECK-NEXT: qualified 11
// CHECK-NEXT: qualified 1

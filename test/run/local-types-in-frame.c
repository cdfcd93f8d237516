// Locals whose types are declared in the generator's body (or spelled with typeof) live across yields, also where they need one address (address taken, const, volatile, arrays, hidden, for clauses).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void bump(int *p) { ++*p; }

generator(int) int g(int n)
{
    struct pair { int q, r; } a = { n, 2 }, *pa = &a;
    typedef int myint;
    myint mi = 4, mj = mi + 1;
    bump(&mi);
    struct { int z; } anon[2] = { { 1 }, { 2 } };
    enum color { RED, GREEN } c = GREEN;
    const struct pair k = { 7, 8 };
    volatile struct pair v = { 9, 10 };
    struct outer_t { struct inner_t { int w; } in; } o = { { 11 } };
    struct inner_t *pin = &o.in;
    __typeof__(a) ta = a;
    __typeof__(n) tn = n * 2;
    __typeof__(tn) *ptn = &tn;
    yield pa->q + a.r;
    bump(&anon[1].z);
    yield mi * 10 + mj;
    yield anon[0].z + anon[1].z + (int)c;
    yield k.q + k.r + v.q + v.r;
    bump(&pin->w);
    yield o.in.w + ta.q + *ptn;
    myint x = 1;
    {
        myint x = 2;    /* hides the outer x at the yield: both keep one address */
        yield x;
    }
    yield x;
    for (struct cnt { int v; } i = { 0 }; i.v < 2; i.v++) {
        int *p = &i.v;
        yield *p;
    }
    return a.q + mi;
}

int main(void)
{
    struct g t = g(3);
    while (yc_next(&t))
        printf("%d\n", yc_value(&t));
    printf("result %d\n", yc_result(&t));
    return 0;
}
// CHECK: 5
// CHECK-NEXT: 55
// CHECK-NEXT: 5
// CHECK-NEXT: 34
// CHECK-NEXT: 21
// CHECK-NEXT: 2
// CHECK-NEXT: 1
// CHECK-NEXT: 0
// CHECK-NEXT: 1
// CHECK-NEXT: result 8

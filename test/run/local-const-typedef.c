// Locals and parameters whose type is const through a typedef (`typedef
// const int cint;`, an array of cint, a const anonymous struct), kept over
// yields, beside `const cint` and a volatile typedef.  No text of such a
// type is without the const, so the frame keeps a local as bytes and a
// parameter in its field, never assigned: the output assigned them
// ("assignment of read-only variable") and did not compile.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

typedef const int cint;
typedef const struct { int a, b; } cpair;
typedef volatile int vint;

static int sum(const int *p, int n)
{
    int s = 0;
    for (int i = 0; i < n; i++)
        s += p[i];
    return s;
}

generator(int) int locals(int k)
{
    cint c = 7;
    const cint d = c + 1;
    cint arr[3] = { 1, 2, k };
    cpair pr = { 3, 4 };
    vint v = 5;
    cint *pc = &c;
    yield c + d;
    yield sum(arr, 3) + pr.a + pr.b;
    v++;
    yield v + *pc;
    return c + d + arr[2];
}

generator(int) int params(cint k, cpair p, const int m)
{
    yield k + p.a;
    yield p.b + m;
    return k;
}

int main(void)
{
    cpair p = { 1, 2 };
    struct locals a = locals(10);
    struct params b = params(10, p, 100);
    while (yc_next(&a))
        printf("%d ", yc_value(&a));
    printf("| %d\n", yc_result(&a));
    // CHECK: 15 20 13 | 25
    while (yc_next(&b))
        printf("%d ", yc_value(&b));
    printf("| %d\n", yc_result(&b));
    // CHECK-NEXT: 11 102 | 10
    return 0;
}

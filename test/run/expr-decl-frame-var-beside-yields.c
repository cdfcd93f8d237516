// A declaration of several declarators with yields, one of which lives in the frame (its address taken, or a body-declared type), assigns it once (no -Wsequence-point from 'x = (x = ...)').
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int g(void)
{
    int a = (yield 1) ? 10 : 20, b = a + (yield 2), c = b * 2;
    int *p = &a;
    typedef int myint;
    myint m = yield 3, n = m + 1;
    myint *q = &m;
    yield *p + b + c;
    yield *q + n;
    return a;
}

int main(void)
{
    struct g t = g();
    int sends[] = { 0, 1, 5, 7, 0, 0 };
    for (int i = 0; yc_send(&t, sends[i]); i++)
        printf("value %d\n", yc_value(&t));
    printf("result %d\n", yc_result(&t));
    return 0;
}
// CHECK: value 1
// CHECK-NEXT: value 2
// CHECK-NEXT: value 3
// CHECK-NEXT: value 55
// CHECK-NEXT: value 15
// CHECK-NEXT: result 10

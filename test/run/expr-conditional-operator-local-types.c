// A ?: with a yield in an operand whose value has a type the frame cannot name (a struct, typedef or enum declared in the body, a typeof) keeps that value in bytes of the frame.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int g(int c)
{
    struct lt { int a, b; } x = { 1, 2 }, y = { 3, 4 };
    struct lt r = c ? ((yield 1), x) : y;
    typedef long L;
    L k = c ? (L)(yield 2) : (L)3;
    enum e { ONE = 1, TWO };
    enum e z = c ? TWO : (enum e)(yield 3);
    __typeof__(x) w = !c ? y : (x.a = (yield 4), x);
    return r.a * 1000 + r.b * 100 + (int)k * 10 + (int)z + w.a;
}

int main(void)
{
    for (int c = 0; c < 2; c++) {
        struct g t = g(c);
        while (yc_send(&t, 5))
            printf("c %d value %d\n", c, yc_value(&t));
        printf("c %d result %d\n", c, yc_result(&t));
    }
    return 0;
}
// CHECK: c 0 value 3
// CHECK-NEXT: c 0 result 3438
// CHECK-NEXT: c 1 value 1
// CHECK-NEXT: c 1 value 2
// CHECK-NEXT: c 1 value 4
// CHECK-NEXT: c 1 result 1257

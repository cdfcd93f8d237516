// A local declared in a switch's body before its first label, kept over a
// yield: that declaration is never executed, so it gets no initializer
// from the frame (which gcc rejects as unreachable code under -Werror).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int g(int k)
{
    switch (k) {
        int x;
    case 1:
        x = 3;
        yield x;
        printf("x=%d\n", x);
        break;
    default:
        x = 9;
        yield x;
        x++;
        printf("x=%d\n", x);
    }
    return k;
}

int main(void)
{
    for (int k = 1; k < 3; k++) {
        struct g a = g(k);
        while (yc_next(&a))
            printf("y=%d\n", yc_value(&a));
    }
    return 0;
}
// CHECK: y=3
// CHECK-NEXT: x=3
// CHECK-NEXT: y=9
// CHECK-NEXT: x=10

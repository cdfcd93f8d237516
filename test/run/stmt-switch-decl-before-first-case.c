// A local declared in a switch's body before its first label, kept over a
// yield: that declaration is never executed, so it gets no initializer
// from the frame (which gcc rejects as unreachable code under -Werror).
// It lives in the frame: copied, it was saved at a yield before any
// assignment (`s = yield 60`), which gcc's -Wmaybe-uninitialized and clang's
// -Wuninitialized reported under -Wall -Werror (a type declared in the
// body too).
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

generator(int, int) int h(int k)
{
    switch (k) {
        int s;
    case 3:
        yield 1;
        /* fall through */
    default:
        s = yield 60;
        yield s;
    }
    return k;
}

/* of a type declared there (the frame keeps its bytes), or named by a
   macro's body */
#define DECL_S int s
generator(int, int) int types(int k)
{
    switch (k) {
        struct P { int a; } p;
    case 1:
        p.a = yield 70;
        yield p.a;
    }
    switch (k) {
        DECL_S;
    case 1:
        s = yield 71;
        yield s;
    }
    return k;
}

int main(void)
{
    struct types t = types(1);
    int w = 200;
    while (yc_send(&t, w++))
        printf("t=%d\n", yc_value(&t));
    for (int k = 2; k < 4; k++) {
        struct h b = h(k);
        int v = 100;
        while (yc_send(&b, v++))
            printf("h%d=%d\n", k, yc_value(&b));
    }
    for (int k = 1; k < 3; k++) {
        struct g a = g(k);
        while (yc_next(&a))
            printf("y=%d\n", yc_value(&a));
    }
    return 0;
}
// CHECK: t=70
// CHECK-NEXT: t=201
// CHECK-NEXT: t=71
// CHECK-NEXT: t=203
// CHECK-NEXT: h2=60
// CHECK-NEXT: h2=101
// CHECK-NEXT: h3=1
// CHECK-NEXT: h3=60
// CHECK-NEXT: h3=102
// CHECK-NEXT: y=3
// CHECK-NEXT: x=3
// CHECK-NEXT: y=9
// CHECK-NEXT: x=10

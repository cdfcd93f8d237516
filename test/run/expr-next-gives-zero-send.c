// yc_next on a generator with a send type makes the suspended yield evaluate to a zero S: scalar int and double, a pointer, and a struct; a value sent earlier is not reused.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct pt { int x, y; double w; const char *name; };

generator(int, int) int scal(void)
{
    int v = 99;
    v = yield 1;
    printf("got %d\n", v);
    v = yield 2;
    printf("got %d\n", v);
    v = yield 3;
    printf("got %d\n", v);
    return v;
}

generator(int, double) int dbl(void)
{
    double d = yield 1;
    printf("d %.2f\n", d);
    d = yield 2;
    printf("d %.2f\n", d);
    return (int)d;
}

generator(int, int *) int ptr(void)
{
    int *p = yield 1;
    printf("p %s\n", p ? "set" : "null");
    p = yield 2;
    printf("p %s\n", p ? "set" : "null");
    return p == NULL;
}

generator(int, struct pt) int st(void)
{
    struct pt p = { 1, 2, 3.0, "init" };
    p = yield 0;
    printf("pt %d %d %.1f %s\n", p.x, p.y, p.w, p.name ? p.name : "(null)");
    p = yield 1;
    printf("pt %d %d %.1f %s\n", p.x, p.y, p.w, p.name ? p.name : "(null)");
    struct pt q = yield 2;
    printf("pt %d %d %.1f %s\n", q.x, q.y, q.w, q.name ? q.name : "(null)");
    return p.x + p.y + q.x;
}

int main(void)
{
    struct scal a = scal();
    yc_next(&a);
    yc_send(&a, 5);
    // CHECK: got 5
    yc_next(&a);
    // CHECK-NEXT: got 0
    bool more = yc_send(&a, 7);
    // CHECK-NEXT: got 7
    printf("scal %d %d\n", more, yc_result(&a));
    // CHECK-NEXT: scal 0 7

    struct dbl b = dbl();
    yc_next(&b);
    yc_send(&b, 2.5);
    // CHECK-NEXT: d 2.50
    yc_next(&b);
    // CHECK-NEXT: d 0.00
    printf("dbl %d\n", yc_result(&b));
    // CHECK-NEXT: dbl 0

    int target = 1;
    struct ptr c = ptr();
    yc_next(&c);
    yc_send(&c, &target);
    // CHECK-NEXT: p set
    yc_next(&c);
    // CHECK-NEXT: p null
    printf("ptr %d\n", yc_result(&c));
    // CHECK-NEXT: ptr 1

    struct st d = st();
    yc_next(&d);
    struct pt sent = { 4, 5, 6.5, "sent" };
    yc_send(&d, sent);
    // CHECK-NEXT: pt 4 5 6.5 sent
    yc_next(&d);
    // CHECK-NEXT: pt 0 0 0.0 (null)
    yc_next(&d);
    // CHECK-NEXT: pt 0 0 0.0 (null)
    printf("st %d %d\n", yc_done(&d), yc_result(&d));
    // CHECK-NEXT: st 1 0
    return 0;
}

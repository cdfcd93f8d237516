// yield, bare yield and yield from spelled through macros -- statement macros (AWAIT), loops
// (YIELD_ALL), do/while(0) macros, nested macros, macros from a header, a yield in a macro's
// argument (evaluated as often as the macro evaluates it) -- work as if written in place.
// RUN: %check-run --sanitize %s %t -I%S/Inputs | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
#include "yield-macros.h"

#define AWAIT(c) while (!(c)) yield
#define PT_WAIT_UNTIL(c) AWAIT(c)
#define YIELD_ALL(a, n) for (int k_ = 0; k_ < (n); k_++) yield (a)[k_]
#define EMIT_TWICE(x) do { yield (x); yield (x) + 1; } while (0)
#define ONCE(x) (x)
#define TWICE(x) ((x) + (x))
#define DELEGATE(g) yield from g

generator(void) int waiter(const int *flag)
{
    int polls = 0;
    PT_WAIT_UNTIL(*flag > 2 && ++polls);
    PAUSE();
    return polls;
}

generator(int) int all(const int *a, int n)
{
    YIELD_ALL(a, n);
    EMIT_TWICE(a[0] * 10);
    YIELD_RANGE(5, 7);
    return n;
}

generator(int, int) int args(void)
{
    int s = ONCE(1 + (yield 2));
    int t = TWICE((yield 3));
    return s + t;
}

generator(int) int outer(const int *a)
{
    int r = DELEGATE(all(a, 2));
    yield -r;
    return r;
}

int main(void)
{
    int flag = 0;
    struct waiter w = waiter(&flag);
    while (yc_next(&w))
        printf("waiting, flag %d\n", flag++);
    printf("waiter result %d\n", yc_result(&w));

    static const int a[] = { 7, 8, 9 };
    struct all g = all(a, 3);
    while (yc_next(&g))
        printf("all %d\n", yc_value(&g));
    printf("all result %d\n", yc_result(&g));

    struct args s = args();
    yc_next(&s);
    printf("args %d\n", yc_value(&s));
    yc_send(&s, 10);
    printf("args %d\n", yc_value(&s));
    yc_send(&s, 4);
    printf("args %d\n", yc_value(&s));
    printf("more %d\n", yc_send(&s, 5));
    printf("args result %d\n", yc_result(&s));

    struct outer o = outer(a);
    while (yc_next(&o))
        printf("outer %d\n", yc_value(&o));
    printf("outer result %d\n", yc_result(&o));
    return 0;
}
// CHECK: waiting, flag 0
// CHECK-NEXT: waiting, flag 1
// CHECK-NEXT: waiting, flag 2
// CHECK-NEXT: waiting, flag 3
// CHECK-NEXT: waiter result 1
// CHECK-NEXT: all 7
// CHECK-NEXT: all 8
// CHECK-NEXT: all 9
// CHECK-NEXT: all 70
// CHECK-NEXT: all 71
// CHECK-NEXT: all 5
// CHECK-NEXT: all 6
// CHECK-NEXT: all result 3
// CHECK-NEXT: args 2
// CHECK-NEXT: args 3
// CHECK-NEXT: args 3
// CHECK-NEXT: more 0
// CHECK-NEXT: args result 20
// CHECK-NEXT: outer 7
// CHECK-NEXT: outer 8
// CHECK-NEXT: outer 70
// CHECK-NEXT: outer 71
// CHECK-NEXT: outer 5
// CHECK-NEXT: outer 6
// CHECK-NEXT: outer -2
// CHECK-NEXT: outer result 2

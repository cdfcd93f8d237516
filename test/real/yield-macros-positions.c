// Yield macros in every position: an if without braces, a for increment (over two lines), yield from
// in a do/while(0) macro, the same macro in generators of different yield types, a generator with a
// prototype; the lines of the rest of the file keep their numbers (__LINE__ after them).
// RUN: %check-run --sanitize %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define AWAIT(c) while (!(c)) yield -1
#define NEXT_PAIR(a, b) ((yield (a)), (yield (b)))
#define STEP() yield 0
#define PAIR(a, b) do { yield (a); yield (b); } while (0)
#define YIELD_TWICE_FROM(g1, g2) do { yield from g1; yield from g2; } while (0)

generator(int) int sub(int n);

generator(int) int sub(int n)
{
    for (int i = 0; i < n; i++)
        STEP();
    return n;
}

generator(int, int) int g(int n)
{
    int polls = 0;
    if (n > 0)
        AWAIT(++polls > 2);
    else
        STEP();
    for (int i = 0; i < 2; NEXT_PAIR(i,
                                     i * 10), i++)
        printf("body %d\n", i);
    YIELD_TWICE_FROM(sub(1), sub(2));
    int v = 5 + (yield 7);
    return polls + v;
}

generator(char *) int h(void)
{
    PAIR("a", "b");
    return 0;
}

int main(void)
{
    struct g s = g(1);
    int k = 0;
    while (yc_send(&s, k++))
        printf("value %d\n", yc_value(&s));
    printf("result %d line %d\n", yc_result(&s), __LINE__);
    struct h t = h();
    while (yc_next(&t))
        printf("h %s\n", yc_value(&t));
    return 0;
}
// CHECK: value -1
// CHECK-NEXT: value -1
// CHECK-NEXT: body 0
// CHECK-NEXT: value 0
// CHECK-NEXT: value 0
// CHECK-NEXT: body 1
// CHECK-NEXT: value 1
// CHECK-NEXT: value 10
// CHECK-NEXT: value 0
// CHECK-NEXT: value 0
// CHECK-NEXT: value 0
// CHECK-NEXT: value 7
// CHECK-NEXT: result 18 line 50
// CHECK-NEXT: h a
// CHECK-NEXT: h b

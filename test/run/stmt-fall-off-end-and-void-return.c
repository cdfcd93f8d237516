// Falling off the end gives a zero-initialized result (int, pointer and struct results), and `return;` ends a void-result generator early.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct stats { int n; double mean; const char *label; };

generator(int) int falls(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
}

generator(int) struct stats falls_struct(void)
{
    yield 1;
}

generator(int) const char *falls_ptr(void)
{
    yield 2;
}

static int after_return;

generator(int) void stops(int limit)
{
    for (int i = 0; ; i++) {
        if (i == limit)
            return;
        yield i;
        after_return++;
    }
    after_return = 1000;
}

int main(void)
{
    struct falls a = falls(2);
    while (yc_next(&a))
        printf("a %d\n", yc_value(&a));
    // CHECK: a 0
    // CHECK-NEXT: a 1
    printf("a result %d done %d\n", yc_result(&a), yc_done(&a));
    // CHECK-NEXT: a result 0 done 1

    struct falls_struct b = falls_struct();
    while (yc_next(&b))
        printf("b %d\n", yc_value(&b));
    // CHECK-NEXT: b 1
    struct stats s = yc_result(&b);
    printf("b result %d %g %d done %d\n", s.n, s.mean, s.label == NULL, yc_done(&b));
    // CHECK-NEXT: b result 0 0 1 done 1

    struct falls_ptr c = falls_ptr();
    while (yc_next(&c))
        printf("c %d\n", yc_value(&c));
    // CHECK-NEXT: c 2
    printf("c result null %d done %d\n", yc_result(&c) == NULL, yc_done(&c));
    // CHECK-NEXT: c result null 1 done 1

    struct stops d = stops(2);
    while (yc_next(&d))
        printf("d %d\n", yc_value(&d));
    // CHECK-NEXT: d 0
    // CHECK-NEXT: d 1
    printf("d done %d after_return %d\n", yc_done(&d), after_return);
    // CHECK-NEXT: d done 1 after_return 2
    bool more = yc_next(&d);
    printf("d again %d after_return %d\n", more, after_return);
    // CHECK-NEXT: d again 0 after_return 2
    return 0;
}

// yc_send takes a compound literal with commas in it, (struct quad){1, 2, 3, 4}, as assert-like
// macros take any expression: the macro is variadic in the value.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct quad { int a, b, c, d; };

generator(int, struct quad) int sums(void)
{
    int total = 0;
    for (;;) {
        struct quad q = yield total;
        if (q.a < 0)
            return total;
        total += q.a + q.b + q.c + q.d;
    }
}

int main(void)
{
    struct sums s = sums();
    yc_next(&s);
    yc_send(&s, (struct quad){ 1, 2, 3, 4 });
    printf("%d\n", yc_value(&s));
    yc_send(&s, (struct quad){ .a = 10, .d = 5 });
    printf("%d\n", yc_value(&s));
    yc_send(&s, (struct quad){ -1, 0, 0, 0 });
    printf("done %d result %d\n", yc_done(&s), yc_result(&s));
    return 0;
}
// CHECK: 10
// CHECK-NEXT: 25
// CHECK-NEXT: done 1 result 25

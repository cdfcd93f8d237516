// yc_send takes a value with commas of its own, as a compound literal of a struct send type: the macro is variadic in the value.
// RUN: %check-run %s %t -pedantic | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct quad { int a, b, c, d; };

generator(int, struct quad) int sum(void)
{
    int total = 0;
    for (;;) {
        struct quad q = yield total;
        if (!q.a && !q.b && !q.c && !q.d)
            return total;
        total += q.a + q.b + q.c + q.d;
    }
}

int main(void)
{
    struct sum g = sum();
    yc_next(&g);
    yc_send(&g, (struct quad){ 1, 2, 3, 4 });
    printf("%d\n", yc_value(&g));
    yc_send(&g, (struct quad){ .a = 5, .d = 5 });
    printf("%d\n", yc_value(&g));
    yc_send(&g, (struct quad){ 0 });
    printf("done %d result %d\n", (int)yc_done(&g), yc_result(&g));
    return 0;
}
// CHECK: 10
// CHECK-NEXT: 20
// CHECK-NEXT: done 1 result 20

// Yield, result and send types with a top-level const, written before the
// type or after a `*`: the frame's slots drop it (each is assigned anew),
// and yc_send checks its value against the type without it.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(char *const) int names(void)
{
    yield "a";
    yield "b";
    return 2;
}

generator(const int) int nums(void)
{
    yield 3;
    return 4;
}

generator(int, int *const) int ptrs(void)
{
    int *p = yield 0;
    return p ? *p : -1;
}

int main(void)
{
    struct names a = names();
    while (yc_next(&a))
        printf("%s ", yc_value(&a));
    printf("| %d\n", yc_result(&a));
    // CHECK: a b | 2
    struct nums b = nums();
    while (yc_next(&b))
        printf("%d ", yc_value(&b));
    printf("| %d\n", yc_result(&b));
    // CHECK-NEXT: 3 | 4
    int v = 7;
    struct ptrs c = ptrs();
    yc_next(&c);
    yc_send(&c, &v);
    printf("%d\n", yc_result(&c));
    // CHECK-NEXT: 7
    return 0;
}

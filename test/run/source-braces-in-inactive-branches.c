// Braces in inactive preprocessor branches inside a generator (an if opened in both branches of an #ifdef, a '}' under #if 0) do not move the end of its body.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int g(int a)
{
#ifdef NOT_DEFINED
    if (a > 1) {
#else
    if (a > 0) {
#endif
        yield 1;
    }
    int q = 0;
    q = (yield 3)
#if 0
        ; return q; }
#endif
        ;
#if 0
    yield 99; } } {
#elif 1
    yield q + 1;
#else
    {
#endif
    return q;
}

static int helper(void) { return 42; }

int main(void)
{
    struct g t = g(2);
    while (yc_send(&t, 7))
        printf("value %d\n", yc_value(&t));
    printf("result %d helper %d\n", yc_result(&t), helper());
    return 0;
}
// CHECK: value 1
// CHECK-NEXT: value 3
// CHECK-NEXT: value 8
// CHECK-NEXT: result 7 helper 42

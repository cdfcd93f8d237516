// Expression statements whose whole value is a yield or a lowered && produce no
// 'statement with no effect' (the output builds under -Werror).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
static int calls;
static int a(void) { calls++; return 1; }
generator(int, int) int g(void)
{
    a() && (yield 1);
    (yield 2);
    return calls;
}
int main(void)
{
    struct g it = g();
    while (yc_send(&it, 5)) printf("%d\n", yc_value(&it));
    printf("r=%d\n", yc_result(&it));
    return 0;
}
// CHECK: 1
// CHECK-NEXT: 2
// CHECK-NEXT: r=1

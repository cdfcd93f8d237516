// GNU `a ?: b` with a yield in its condition (`(yield x) ?: y`): the yield
// runs once, and its value is both the test and the result.  clang's AST
// shows that operand twice, and the second sight was refused as "'yield'
// in an argument of a macro that uses it more than once", printed twice.
// (A yield in the right operand, evaluated only sometimes, is refused:
// diag/gnu-elvis-right-operand.c.)
// RUN: %check-run %s %t -std=gnu11 | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int g(void)
{
    int m = (yield 1) ?: 77;
    printf("m=%d\n", m);
    m = (yield 2) ?: m + 1;
    printf("m=%d\n", m);
    while (((yield 3) ?: 0) != 0)
        m++;
    return m;
}

int main(void)
{
    struct g a = g();
    yc_next(&a);
    yc_send(&a, 0);     /* m = 77 */
    yc_send(&a, 5);     /* m = 5 */
    yc_send(&a, 9);
    yc_send(&a, 0);
    printf("result %d\n", yc_result(&a));
    // CHECK: m=77
    // CHECK-NEXT: m=5
    // CHECK-NEXT: result 6
    return 0;
}

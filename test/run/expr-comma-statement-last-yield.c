// An expression statement that is a comma expression with yields: the
// value of its right operand may be a yield's, which alone would be a
// statement with no effect (an error under -Werror); each operand is still
// evaluated once, in order.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int side;
static int f(int x) { side += x; return x; }

generator(int, int) int g(void)
{
    int q = 0;
    q = (yield 1), (yield 2);
    (q = (yield 3)), (yield 4);
    f(1), (yield 5);
    (yield 6), f(2);
    q += (yield 7), f(q);
    return q;
}

int main(void)
{
    struct g a = g();
    bool more = yc_next(&a);
    int k = 10;
    while (more) {
        printf("%d ", yc_value(&a));
        more = yc_send(&a, k++);
    }
    printf("| %d side %d\n", yc_result(&a), side);
    // CHECK: 1 2 3 4 5 6 7 | 28 side 31
    return 0;
}

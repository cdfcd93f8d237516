// One declaration with two declarators both initialized by yields, the second using the first: `int p = yield 1, q = yield p + 1;` runs in declarator order.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int two(void)
{
    int p = yield 1, q = yield p + 1;
    int r = p * 2, s = yield r + q;
    return p * 1000 + q * 100 + r * 10 + s;
}

int main(void)
{
    struct two g = two();
    bool more = yc_next(&g);
    int send = 3;
    while (more) {
        printf("%d ", yc_value(&g));
        more = yc_send(&g, send++);
    }
    printf("-> %d\n", yc_result(&g));
    // CHECK: 1 4 10 -> 3465
    return 0;
}

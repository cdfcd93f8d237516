// Precedence: `yield` takes the whole assignment-expression to its right (`yield a + 1` yields a + 1, `yield (a) + 1` too, `yield c ? a : b`, `yield y = 2 * a`), `yield n += 3`).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int prec(int a, int b)
{
    int x = yield a + 1;
    yield a * 2 + b;
    yield (a) + 1;
    yield a << 1 | 1;
    yield a > b ? a : b;
    yield -a - b;
    int y = 0;
    yield y = 2 * a;
    int n = 0;
    yield n += 3;
    return x * 100 + y;
}

int main(void)
{
    struct prec g = prec(5, 3);
    bool more = yc_next(&g);
    int first = 1;
    while (more) {
        printf("%d ", yc_value(&g));
        more = first ? yc_send(&g, 42) : yc_next(&g);
        first = 0;
    }
    printf("-> %d\n", yc_result(&g));
    // CHECK: 6 13 6 11 5 -8 10 3 -> 4210
    return 0;
}

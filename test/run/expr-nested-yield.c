// Nested yields: `yield (yield a) + 1` yields a, then the sent value plus one; three levels deep each level yields what the inner one received.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int nest(int a)
{
    int r = yield (yield a) + 1;
    int s = yield (yield (yield r));
    return r * 100 + s;
}

int main(void)
{
    static const int sends[] = { 7, 3, 4, 9, 2 };
    struct nest g = nest(5);
    bool more = yc_next(&g);
    for (unsigned k = 0; more; k++) {
        printf("%d ", yc_value(&g));
        more = k < sizeof sends / sizeof sends[0] ? yc_send(&g, sends[k]) : yc_next(&g);
    }
    printf("-> %d\n", yc_result(&g));
    // CHECK: 5 8 3 4 9 -> 302
    struct nest h = nest(6);
    more = yc_next(&h);
    while (more) {
        printf("%d ", yc_value(&h));
        more = yc_next(&h);
    }
    printf("-> %d\n", yc_result(&h));
    // CHECK-NEXT: 6 1 0 0 0 -> 0
    return 0;
}

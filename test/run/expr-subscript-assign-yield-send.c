// `a[i] = yield i;` stores each sent value into the element selected before the suspension (1-D and 2-D arrays).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int fill(int n)
{
    int a[5] = {0};
    for (int i = 0; i < n; i++)
        a[i] = yield i;
    int m[2][2] = {{0}};
    for (int r = 0; r < 2; r++)
        for (int c = 0; c < 2; c++)
            m[r][c] = yield 10 * r + c;
    int s = 0;
    for (int i = 0; i < 5; i++) {
        yield a[i];
        s += a[i];
    }
    return s * 100 + m[0][0] + m[0][1] * 2 + m[1][0] * 3 + m[1][1] * 4;
}

int main(void)
{
    static const int sends[] = { 10, 20, 30, 40, 1, 2, 3, 4 };
    struct fill g = fill(4);
    bool more = yc_next(&g);
    for (unsigned k = 0; more; k++) {
        printf("%d ", yc_value(&g));
        more = k < sizeof sends / sizeof sends[0] ? yc_send(&g, sends[k]) : yc_next(&g);
    }
    printf("\nresult %d\n", yc_result(&g));
    // CHECK: 0 1 2 3 0 1 10 11 10 20 30 40 0
    // CHECK-NEXT: result 10030
    return 0;
}

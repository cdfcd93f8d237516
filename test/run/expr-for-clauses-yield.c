// The three clauses of `for` each containing a yield, with `continue` in the body: continue runs the increment (which yields) and then the condition (which yields).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int fl(void)
{
    int log = 0;
    for (int i = yield -1; i < (yield 100 + i); i += yield -2) {
        if (i % 2) {
            log += 1;
            continue;
        }
        log += 10;
    }
    int j;
    for (j = yield -3; (yield j) != 0; j = yield -4)
        if (j > 50)
            continue;
        else
            log += j * 100;
    return log;
}

int main(void)
{
    static const int sends[] = { 1, 5, 2, 5, 1, 10, 3, 0, 7, 1, 60, 1, 8, 0 };
    struct fl g = fl();
    bool more = yc_next(&g);
    for (unsigned k = 0; more; k++) {
        printf("%d ", yc_value(&g));
        more = k < sizeof sends / sizeof sends[0] ? yc_send(&g, sends[k]) : yc_next(&g);
    }
    printf("-> %d\n", yc_result(&g));
    // CHECK: -1 101 -2 103 -2 104 -2 107 -3 7 -4 60 -4 8 -> 712
    return 0;
}

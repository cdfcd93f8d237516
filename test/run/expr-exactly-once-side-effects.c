// Side effects in expressions that contain yields run exactly once per evaluation: `arr[n++] = yield k;`, `total += (yield 1) * step();`, `*p++ = yield`, counted calls in subscripts, yielded values and loop conditions.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int calls;

static int step(void)
{
    calls++;
    return 2;
}

static int cnt(int v)
{
    calls++;
    return v;
}

generator(int, int) int once(void)
{
    int arr[6] = {0};
    int n = 0, total = 0;
    arr[n++] = yield 1;
    arr[n++] = yield 2;
    total += (yield 3) * step();
    int *p = &arr[n];
    *p++ = yield 4;
    arr[cnt(3)] = yield 5;
    total += arr[n++] * (yield 6);
    arr[cnt(4)] += yield cnt(7);
    printf("arr %d %d %d %d %d %d n %d p %d total %d calls %d\n",
           arr[0], arr[1], arr[2], arr[3], arr[4], arr[5], n, (int)(p - arr), total, calls);
    int i = 0;
    while (i++ < 10 && (yield 100 + i))
        ;
    printf("i %d calls %d\n", i, calls);
    int x = cnt(yield step());
    return x * 1000 + calls;
}

int main(void)
{
    static const int sends[] = { 10, 20, 7, 30, 40, 2, 5, 1, 1, 0, 9 };
    struct once g = once();
    bool more = yc_next(&g);
    for (unsigned k = 0; more; k++) {
        printf("%d ", yc_value(&g));
        more = k < sizeof sends / sizeof sends[0] ? yc_send(&g, sends[k]) : yc_next(&g);
    }
    printf("-> %d\n", yc_result(&g));
    // CHECK: 1 2 3 4 5 6 7 arr 10 20 30 40 5 0 n 3 p 3 total 74 calls 4
    // CHECK-NEXT: 101 102 103 i 3 calls 4
    // CHECK-NEXT: 2 -> 9006
    return 0;
}

// Yields as the right operand of compound assignments (`+=`, `*=`, `-=`, `<<=`, `|=`, `%=`, `^=`, `/=` on a double), through a pointer and on an array element.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int ca(void)
{
    int x = 1;
    x += yield 1;
    x *= yield 2;
    x -= yield 3;
    x <<= yield 4;
    x |= yield 5;
    x %= yield 6;
    x ^= yield 7;
    int arr[3] = { 100, 200, 300 };
    int *p = &arr[2];
    *p += yield x;
    arr[1] -= (yield 9) * 2;
    double d = 10.0;
    d /= yield 10;
    printf("x %d arr %d %d %d d %.2f\n", x, arr[0], arr[1], arr[2], d);
    return x + arr[2];
}

int main(void)
{
    static const int sends[] = { 4, 3, 5, 2, 3, 10, 1, 5, 50, 4 };
    struct ca g = ca();
    bool more = yc_next(&g);
    for (unsigned k = 0; more; k++) {
        printf("%d ", yc_value(&g));
        more = k < sizeof sends / sizeof sends[0] ? yc_send(&g, sends[k]) : yc_next(&g);
    }
    printf("-> %d\n", yc_result(&g));
    // CHECK: 1 2 3 4 5 6 7 2 9 10 x 2 arr 100 100 305 d 2.50
    // CHECK-NEXT: -> 307
    return 0;
}

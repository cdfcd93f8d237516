// `&&` and `||` with a yield on the right (and on both sides): the unevaluated operand never yields (resume counts and yc_value sequences show it), and the result is 0 or 1.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int lazy(int a, int b)
{
    int x = -5;
    int r = a && (yield 1);
    int s = b || (yield 2);
    int t = (yield 3) && (yield 4);
    int u = (yield 5) || (yield 6);
    if (a > 0 && (x = yield 7) > 5)
        x += 1000;
    int v = !a || (yield 8) == 42;
    return r * 100000 + s * 10000 + t * 1000 + u * 100 + v * 10 + (x > 0) + x * 1000000;
}

static void run(int a, int b, const int *sends, int n)
{
    struct lazy g = lazy(a, b);
    int resumes = 0;
    bool more = yc_next(&g);
    while (more) {
        printf("%d ", yc_value(&g));
        more = resumes < n ? yc_send(&g, sends[resumes]) : yc_next(&g);
        resumes++;
    }
    printf("| resumes %d result %d\n", resumes, yc_result(&g));
}

int main(void)
{
    run(0, 1, (const int[]){ 0, 7 }, 2);
    // CHECK: 3 5 | resumes 2 result -4989890
    run(1, 0, (const int[]){ 5, 0, 2, 0, 0, 9, 3, 42 }, 8);
    // CHECK-NEXT: 1 2 3 4 5 6 7 8 | resumes 8 result 3100111
    run(1, 0, (const int[]){ 0, 3, 1, 1, 0, 0, 9, 41 }, 8);
    // CHECK-NEXT: 1 2 3 4 5 6 7 8 | resumes 8 result 1009011001
    run(1, 1, (const int[]){ 1, 0, 1, 0 }, 4);
    // CHECK-NEXT: 1 3 5 7 8 | resumes 5 result 110100
    return 0;
}

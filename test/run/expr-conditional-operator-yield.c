// `?:` with yields in either branch (only the taken branch yields) and in the condition, including a void `?:` statement in a generator without a send type.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int cond(int sel)
{
    int a = sel ? (yield 10) : (yield 20);
    int b = (yield 30) ? 1 : (yield 40);
    int c = sel ? 5 : (yield 50);
    int d = (yield 60) ? (yield 70) : (yield 80);
    int e = sel ? (yield 90) : sel;
    return a * 10000 + b * 1000 + c * 100 + d * 10 + e;
}

generator(int) int pick(int sel)
{
    for (int i = 0; i < 3; i++)
        sel == i ? (yield 100 + i) : (yield 200 + i);
    return sel;
}

static void run(int sel, const int *sends, int n)
{
    struct cond g = cond(sel);
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
    run(1, (const int[]){ 3, 0, 4, 1, 2, 9 }, 6);
    // CHECK: 10 30 40 60 70 90 | resumes 6 result 34529
    run(0, (const int[]){ 6, 9, 7, 0, 8 }, 5);
    // CHECK-NEXT: 20 30 50 60 80 | resumes 5 result 61780
    struct pick p = pick(1);
    while (yc_next(&p))
        printf("%d ", yc_value(&p));
    printf("| %d\n", yc_result(&p));
    // CHECK-NEXT: 200 101 202 | 1
    return 0;
}

// A yield as a function argument, `f(yield a)`, two yields as two arguments (each argument gets its own sent value, whatever the order), and a yield nested in a call inside a call.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int sq(int v) { return v * v; }
static int add3(int a, int b, int c) { printf("add3 %d %d %d\n", a, b, c); return a + b + c; }
static int sub(int a, int b) { return a - b; }

generator(int, int) int args(int a, int b)
{
    int r1 = sq(yield a);
    printf("r1 %d\n", r1);
    int r2 = add3(1, yield b, 3);
    int r3 = sub(yield 100, yield 200);
    printf("r3 %d\n", r3);
    int r4 = sq(sq(yield 7) + 1);
    printf("%d\n", yield 9);
    return r1 + r2 + r3 + r4;
}

int main(void)
{
    struct args g = args(4, 6);
    int resumes = 0;
    bool more = yc_next(&g);
    while (more) {
        int v = yc_value(&g);
        if (v != 100 && v != 200)
            printf("yield %d\n", v);
        resumes++;
        /* each yield receives its own value plus one: order-independent */
        more = yc_send(&g, v + 1);
    }
    // CHECK: yield 4
    // CHECK-NEXT: r1 25
    // CHECK-NEXT: yield 6
    // CHECK-NEXT: add3 1 7 3
    // CHECK-NEXT: r3 -100
    // CHECK-NEXT: yield 7
    // CHECK-NEXT: yield 9
    // CHECK-NEXT: 10
    printf("resumes %d result %d\n", resumes, yc_result(&g));
    // CHECK-NEXT: resumes 6 result 4161
    return 0;
}

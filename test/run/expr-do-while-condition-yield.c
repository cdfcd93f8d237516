// A yield in a do-while condition with `continue` in the body: continue goes to the condition (which yields), not back to the top of the body.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int dw(void)
{
    int n = 0, skipped = 0;
    do {
        n++;
        if (n % 2 == 0) {
            skipped++;
            continue;
        }
        printf("body %d\n", n);
    } while (yield n);
    int m = 0;
    do {
        m += 10;
        if (m == 20)
            continue;
        printf("body2 %d\n", m);
    } while (m < 50 && (yield m) != 0);
    return n * 1000 + skipped * 100 + m;
}

int main(void)
{
    struct dw g = dw();
    bool more = yc_next(&g);
    int k = 0;
    while (more) {
        int v = yc_value(&g);
        printf("yield %d\n", v);
        k++;
        more = yc_send(&g, k != 4 && k != 8);
    }
    // CHECK: body 1
    // CHECK-NEXT: yield 1
    // CHECK-NEXT: yield 2
    // CHECK-NEXT: body 3
    // CHECK-NEXT: yield 3
    // CHECK-NEXT: yield 4
    // CHECK-NEXT: body2 10
    // CHECK-NEXT: yield 10
    // CHECK-NEXT: yield 20
    // CHECK-NEXT: body2 30
    // CHECK-NEXT: yield 30
    // CHECK-NEXT: body2 40
    // CHECK-NEXT: yield 40
    printf("result %d resumes %d\n", yc_result(&g), k);
    // CHECK-NEXT: result 4240 resumes 8
    return 0;
}

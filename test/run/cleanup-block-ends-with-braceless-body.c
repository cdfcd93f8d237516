// A block whose last statement ends right before its `}` with a braceless
// body that yieldc rewrites (a statement with a yield, a jump that runs
// cleanups): the block's cleanups run once, when the block ends, not inside
// that body (the braces yieldc puts around the statement are the body's).
// Before, the cleanup ran at every iteration of a `for` whose body yields,
// and never when an `if`'s condition was false.  (Found by review; the
// lowered loops' case is cleanup-block-ends-with-lowered-loop.c.)
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void clean(int *p) { printf("clean %d\n", *p); }

static generator(int, int) int loop_body(void)
{
    int n = 0, i;
    {
        __attribute__((cleanup(clean))) int c = yield 1;
        int d = c;
        for (i = 0; i < 3; i++) n += d + (yield i);}
    return n;
}

static generator(int, int) int if_body(int x)
{
    int n = 0;
    {
        __attribute__((cleanup(clean))) int c = yield 1;
        n += c;
        if (x) if ((yield 2) > 0) n++;}
    return n;
}

static generator(int, int) int jump_body(int stop)
{
    int n = 0;
    for (int i = 0; i < 3; i++) {
        __attribute__((cleanup(clean))) int c = yield i;
        n += c;
        if (i == stop) break;}
    return n;
}

int main(void)
{
    struct loop_body a = loop_body();
    int k = 5;
    while (yc_send(&a, k))
        printf("a %d\n", yc_value(&a));
    printf("a result %d\n", yc_result(&a));
    // CHECK: a 1
    // CHECK-NEXT: a 0
    // CHECK-NEXT: a 1
    // CHECK-NEXT: a 2
    // CHECK-NEXT: clean 5
    // CHECK-NEXT: a result 30
    for (int x = 0; x < 2; x++) {
        struct if_body b = if_body(x);
        while (yc_send(&b, 5))
            printf("b%d %d\n", x, yc_value(&b));
        printf("b%d result %d\n", x, yc_result(&b));
    }
    // CHECK-NEXT: b0 1
    // CHECK-NEXT: clean 5
    // CHECK-NEXT: b0 result 5
    // CHECK-NEXT: b1 1
    // CHECK-NEXT: b1 2
    // CHECK-NEXT: clean 5
    // CHECK-NEXT: b1 result 6
    struct jump_body j = jump_body(1);
    k = 10;
    while (yc_send(&j, k++))
        printf("j %d\n", yc_value(&j));
    printf("j result %d\n", yc_result(&j));
    // CHECK-NEXT: j 0
    // CHECK-NEXT: clean 11
    // CHECK-NEXT: j 1
    // CHECK-NEXT: clean 12
    // CHECK-NEXT: j result 23
    return 0;
}

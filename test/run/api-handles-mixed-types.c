// yc_handle over generators of different types in one array, driven round-robin with yc_gen_next / yc_gen_done, and one closed with yc_gen_close.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int ints(int n)
{
    for (int i = 0; i < n; i++) {
        printf("ints %d\n", i);
        yield i;
    }
    printf("ints end\n");
    return n;
}

generator(void) void chars(const char *s)
{
    while (*s) {
        printf("chars %c\n", *s);
        s++;
        yield;
    }
    printf("chars end\n");
}

generator(double) int forever(void)
{
    for (double d = 0.5;; d *= 2) {
        printf("forever %.1f\n", d);
        yield d;
    }
}

int main(void)
{
    struct ints a = ints(2);
    struct chars b = chars("xyz");
    struct forever c = forever();
    struct yc_gen hs[3] = { yc_handle(&a), yc_handle(&b), yc_handle(&c) };
    struct yc_gen copy = hs[2];
    int live = 3, rounds = 0;
    while (live > 0) {
        rounds++;
        live = 0;
        for (int k = 0; k < 3; k++) {
            if (yc_gen_done(hs[k]))
                continue;
            if (yc_gen_next(hs[k]))
                live++;
            else
                printf("handle %d finished\n", k);
        }
        if (rounds == 3)
            yc_gen_close(copy);
    }
    // CHECK: ints 0
    // CHECK-NEXT: chars x
    // CHECK-NEXT: forever 0.5
    // CHECK-NEXT: ints 1
    // CHECK-NEXT: chars y
    // CHECK-NEXT: forever 1.0
    // CHECK-NEXT: ints end
    // CHECK-NEXT: handle 0 finished
    // CHECK-NEXT: chars z
    // CHECK-NEXT: forever 2.0
    // CHECK-NEXT: chars end
    // CHECK-NEXT: handle 1 finished
    printf("rounds %d done %d %d %d\n", rounds, yc_done(&a), yc_done(&b), yc_done(&c));
    // CHECK-NEXT: rounds 4 done 1 1 1
    printf("result %d value %.1f\n", yc_result(&a), yc_value(&c));
    // CHECK-NEXT: result 2 value 2.0
    printf("next after close %d\n", yc_gen_next(hs[2]));
    // CHECK-NEXT: next after close 0
    return 0;
}

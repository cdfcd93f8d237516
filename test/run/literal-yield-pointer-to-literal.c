// A yield that hands out a pointer into a compound literal of its own
// operand: the caller reads it while the generator is suspended inside the
// literal's block, so the literal lives in the frame (it stayed in the body's
// stack frame, gone once the body returned for the suspension).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct pt { int x, y; };

generator(const int *) int arr(void)
{
    yield (int[]){ 200, 201 };
    return 0;
}

generator(const struct pt *) int addr(int k)
{
    yield &(struct pt){ k, k + 1 };
    return 0;
}

static int clobber(void)
{
    volatile int junk[256];
    for (int i = 0; i < 256; i++)
        junk[i] = i;
    return junk[3];
}

int main(void)
{
    struct arr a = arr();
    while (yc_next(&a)) {
        clobber();
        printf("%d %d\n", yc_value(&a)[0], yc_value(&a)[1]);
    }
    // CHECK: 200 201
    struct addr b = addr(7);
    while (yc_next(&b)) {
        clobber();
        printf("%d %d\n", yc_value(&b)->x, yc_value(&b)->y);
    }
    // CHECK-NEXT: 7 8
    return 0;
}

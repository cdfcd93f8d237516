// A block whose last statement is a jump under an `if` still falls out of
// its end when the jump is not taken: the cleanup of a local kept over a
// yield runs there too (it used to be left out, as after a plain jump).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void done_i(int *p) { printf("cleanup %d\n", *p); }

generator(int) int loop_end(int n)
{
    for (int i = 0; i < n; i++) {
        int f __attribute__((cleanup(done_i))) = 100 + i;
        yield f;
        if (i == 5)
            break;
    }
    return 0;
}

generator(int) int block_end(int k)
{
    {
        int c __attribute__((cleanup(done_i))) = 7;
        yield c;
        if (k)
            return 1;
    }
    printf("after block\n");
    return 0;
}

generator(int) int plain_jump_end(int n)
{
    for (int i = 0; i < n; i++) {
        int f __attribute__((cleanup(done_i))) = 200 + i;
        yield f;
        continue;
    }
    return 0;
}

int main(void)
{
    struct loop_end a = loop_end(2);
    while (yc_next(&a))
        printf("y=%d\n", yc_value(&a));
    // CHECK: y=100
    // CHECK-NEXT: cleanup 100
    // CHECK-NEXT: y=101
    // CHECK-NEXT: cleanup 101
    struct block_end b = block_end(0);
    while (yc_next(&b))
        printf("y=%d\n", yc_value(&b));
    // CHECK-NEXT: y=7
    // CHECK-NEXT: cleanup 7
    // CHECK-NEXT: after block
    struct block_end c = block_end(1);
    while (yc_next(&c))
        printf("y=%d\n", yc_value(&c));
    printf("r=%d\n", yc_result(&c));
    // CHECK-NEXT: y=7
    // CHECK-NEXT: cleanup 7
    // CHECK-NEXT: r=1
    struct plain_jump_end d = plain_jump_end(2);
    while (yc_next(&d))
        printf("y=%d\n", yc_value(&d));
    // CHECK-NEXT: y=200
    // CHECK-NEXT: cleanup 200
    // CHECK-NEXT: y=201
    // CHECK-NEXT: cleanup 201
    return 0;
}

// An array whose pointer escapes (int *p = a) and an array member of a struct that decays
// keep one address across yields: the pointers see the frame, not a stale copy.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int g(void)
{
    int a[3] = { 10, 20, 30 };
    int *p = a;
    yield 1;
    int big[64];
    for (int i = 0; i < 64; i++) big[i] = -1;
    yield big[5];
    yield p[1];
    return 0;
}

static volatile char sink; static void clobber(void) { volatile char buf[512]; for (int i = 0; i < 512; i++) buf[i] = (char)0x55; sink = buf[7]; }

int main(void)
{
    struct g it = g();
    while (yc_next(&it)) { clobber(); printf("%d\n", yc_value(&it)); }
    return 0;
}
// CHECK: 1
// CHECK-NEXT: -1
// CHECK-NEXT: 20

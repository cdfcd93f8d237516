// A block whose last statement is a loop yieldc lowers (its condition or
// increment yields), with the loop's end right before the block's (`}}`,
// or a braceless body's `;}`): what yieldc inserts at the block's end (the
// cleanups of its locals, the close of a block it opened to keep
// declarations first) goes after the loop, not into its body.  (Before, the
// cleanup ran at every iteration, and a block closed there ended the loop
// early: the generator never finished.)
// RUN: %check-run %s %t -Wdeclaration-after-statement | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int cleaned, cleanups;
static void drop(int *p) { cleaned += *p; cleanups++; }

static generator(int, int) int loops(void)
{
    int n = 0;
    {
        __attribute__((cleanup(drop))) int c = yield 1;
        int a = c;
        while ((yield a) < 40) { n++; }}
    {
        __attribute__((cleanup(drop))) int c = yield 2;
        for (; c < 80; c += yield c) { n++; }}
    {
        __attribute__((cleanup(drop))) int c = yield 3;
        while ((yield c) < 120) n++;}
    {
        int b = yield 4;
        int d = b;
        for (; d < 160; d += yield d) n += 10;}
    return n;
}

int main(void)
{
    struct loops g = loops();
    int k = 10;
    while (yc_send(&g, k) && k < 1000) {
        printf("%d ", yc_value(&g));
        k += 10;
    }
    printf("| done %d n %d cleanups %d cleaned %d\n", yc_done(&g), yc_result(&g), cleanups, cleaned);
    // CHECK: 1 20 20 2 50 3 70 70 70 70 70 4 130 | done 1 n 16 cleanups 3 cleaned 200
    return 0;
}

/* Reduced random program (test/fuzz, seed 10257): tool-refused in the tool build.
 * signature: tool-refused: error: the frame of generator 'X' holds 'X' of type 'X', which is declared below this first declaration of 'X': declare the type first
 * features: cleanup,complit,decls,localgen,localtype,ptrlocal,recursion,structs,types,yfrom
 * reduced in 291 tests, 132 s; what went wrong:
 *   /tmp/ycreduce-10257-l7erjy0s/prog.c:15:8: error: the frame of generator 'g1' holds 'lg30' of type 'struct g2', which is declared below this first decl
 *   static generator(fn_t) unsigned char g1(int dp, unsigned char x0);
 *          ^
 *   /tmp/ycreduce-10257-l7erjy0s/prog.c:32:8: note: 'struct g2' is declared here
 *   static generator(int) short g2(int dp, struct pt x0, unsigned char x1)
 *          ^
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
typedef int (*fn_t)(int);
static int cnt;
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f1(int x) { return (x * 3 + 1) % 1000; }
static __attribute__((unused)) int f3(int x) { return (x + 11) % 1000; }

static generator(fn_t) unsigned char g1(int dp, unsigned char x0);

generator(fn_t) int g3(int dp, int x0)
{
    int *cl1 = (int[]){ x0, x0 ? 0 : 0, x0 };
    unsigned char v2 = se(1, 0), w3 = cl1[2];
    struct pt s4 = { .b = w3, .a = 9 };
    int u5;
    u5 = 0 + 0;
    pr(5, 0);
    int *cl9 = (int[]){ s4.b, f3(v2) };
    yield ((u5 && cl9[1]) ? f1 : f3);
    {
        pr(12, (yield from g1(dp - 1, s4.b)));
    }
}

static generator(int) short g2(int dp, struct pt x0, unsigned char x1)
{
    {
        if ((dp && x1) == x0.b)
        {
        }
    }
}

static generator(fn_t) unsigned char g1(int dp, unsigned char x0)
{
    int v28 = se(57, dp);
    long r29 = (yield from g3(0, dp));
    struct g2 lg30 = g2(0, (struct pt){ 0, r29 - v28 }, x0);
    yield f1;
    pr(63, yc_done(&lg30));
}

int main(void)
{
    int more;
    (void)more;
    printf("cnt %d\n", cnt);
    return 0;
}

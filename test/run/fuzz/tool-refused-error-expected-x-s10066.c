/* Reduced random program (test/fuzz, seed 10066): tool-refused in the tool build.
 * signature: tool-refused: error: expected 'X'
 * features: arrays,breakcont,cleanup,localtype,switch,types,unbraced,unions,yexpr,yfrom,ylogic,ymacro,ynested
 * reduced in 335 tests, 119 s; what went wrong:
 *   /tmp/ycreduce-10066-nzmtmy2g/prog.c:32:17: error: expected ')'
 *                   DELEGATE(g1(dp, x0 < x1));
 *                   ^
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t0 next more=1 done=0 v=-6
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

static int cnt;
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
#define YV(...) (yield (__VA_ARGS__))
#define DELEGATE(...) (yield from __VA_ARGS__)

generator(int) int g1(int dp, long x0)
{
    typedef long lt14_t;
    lt14_t lt14 = dp;
    int a15[5] = { x0, 0, 18, x0, lt14 };
    pr(48, a15[4]);
}

static generator(long) void g0(int dp, long x0, long x1)
{
    int v18 = 16;
    short v19 = 21 ? 0 : v18;
    YV((-6));
    switch (15 + v19) {
    case 1:
        __attribute__((fallthrough));
    case 2:
    case 0:
        {
            {
                DELEGATE(g1(dp, x0 < x1));
            }
        }
        break;
    default:
        break;
    }
}

static __attribute__((unused)) void show_g0(const char *who, struct g0 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%lld", (long long)yc_value(g));
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g0 t0 = g0(1, 0, 12);
    int c0 = 0;
    (void)c0;
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    printf("cnt %d\n", cnt);
    return 0;
}

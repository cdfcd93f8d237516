/* Reduced random program (test/fuzz, seed 10001): tool-refused in the tool build.
 * signature: tool-refused: error: expected 'X' after expression
 * features: breakcont,cv,func,goto,localgen,localtype,loops,returns,statics,unbraced,unions,voidY,ycond,yexpr,yfrom,yinc,ymacro
 * reduced in 346 tests, 153 s; what went wrong:
 *   /tmp/ycreduce-10001-3p0czpcy/prog.c:33:38: error: expected ';' after expression
 *                       AWAIT(++aw9 >= 1) 0;
 *                                        ^
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t2 fin done=0
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

union uu { int i; long l; };
static int cnt;
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
#define AWAIT(c) while (!(c)) yield
#define YV(...) (yield (__VA_ARGS__))

generator(int) int g2(int dp, short x0)
{
    int v1 = dp;
    struct lt2_t { int q; int r; } lt2 = { v1, 7 };
    int v3 = lt2.r;
    union uu u4;
    u4.l = 24;
    int gk5 = 0;
    ;
    {
        int w6 = 0;
        if ((0 * 0) >= (gk5 == 16))
        {
        }
        else if (YV(w6), x0)
        {
            for (int i8 = 0; i8; i8++, (yield u4.l))
            {
                {
                    int aw9 = 0;
                    AWAIT(++aw9 >= 1) 0;
                }
            }
        }
    }
    int v12 = 0 % 4;
    struct lt13_t { int q; int r; } lt13 = { 15, 1 };
    pr(17, v3);
    pr(19, v12);
    pr(20, lt13.q * 10 + lt13.r);
}

static __attribute__((unused)) void fin_g2(const char *who, struct g2 *g, int closed)
{
    printf("%s fin done=%d", who, (int)yc_done(g));
    if (yc_done(g) && !closed) {
        printf(" r=%lld", (long long)yc_result(g));
    }
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g2 t2 = g2(1, 6);
    int c2 = 0;
    (void)c2;
    fin_g2("t2", &t2, c2);
    printf("cnt %d\n", cnt);
    return 0;
}

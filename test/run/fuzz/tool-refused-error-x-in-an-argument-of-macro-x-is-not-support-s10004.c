/* Reduced random program (test/fuzz, seed 10004): tool-refused in the tool build.
 * signature: tool-refused: error: 'X' in an argument of macro 'X' is not supported: the macro decides whether and how often it runs; yield outside the macro call
 * features: breakcont,localgen,localtype,loops,send,statics,types,unbraced,unions,voidY,yassign,ycond,yexpr,ylogic,ymacro,ynested
 * reduced in 249 tests, 96 s; what went wrong:
 *   /tmp/ycreduce-10004-jk7_crug/prog.c:14:10: error: 'yield' in an argument of macro 'YV' is not supported: the macro decides whether and how often it ru
 *       YV(((yield 0), 0));
 *            ^
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t2 next more=1 done=0 v=0
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

union uu { int i; long l; };
static int cnt;
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
#define YV(...) (yield (__VA_ARGS__))

static generator(int) int g2(int dp, unsigned char x0, int x1)
{
    YV(((yield 0), 0));
    int w5 = 0;
    union uu u9;
    u9.i = dp || w5;
    int w10 = 0;
    union uu u13;
    u13.i = (u9.i || w10) + x0;
    int v14 = x1 - (-5);
    union uu u15;
    u15.i = u13.i;
    int v16 = 1;
    pr(35, v14);
    pr(36, u15.i);
    pr(37, v16);
}

static __attribute__((unused)) void show_g2(const char *who, struct g2 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%lld", (long long)yc_value(g));
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g2 t2 = g2(1, 9, 4);
    int c2 = 0;
    (void)c2;
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    printf("cnt %d\n", cnt);
    return 0;
}

/* Reduced random program (test/fuzz, seed 108913): cc-warning in the clang-O0 build.
 * signature: cc-warning: clang misleading-indentation
 * features: arrays,breakcont,cv,loops,ptrlocal,send,structs,types,unbraced,yassign,ycond,yexpr,yfromptr,yinc,ymacro
 * reduced in 159 tests, 77 s; what went wrong:
 *   /tmp/ycreduce-108913-q9uewrq1/prog.c:17:23: error: misleading indentation; statement is not part of the previous 'for' [-Werror,-Wmisleading-indentati
 *               pr(2, 0); yc_f->yc_value = (
 *                         ^
 *   /tmp/ycreduce-108913-q9uewrq1/prog.c:16:9: note: previous statement is here
 *           for (int i4 = 0; i4 < 2; i4++)
 *           ^
 * Fixed: a lowered loop's body is braced when written without braces (the
 * increment's code followed `pr(2, 0);` on its line); the class, every
 * lowered loop kind around braceless bodies and block-end cleanups, is
 * test/run/expr-lowered-loops-braceless-bodies.c.  `i4 < 2` written for the
 * reducer's `0 < 2` (clang 16 reports i4 set but not used).
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: p4 1
// CHECK-NEXT: t1 send 4 more=0 done=1 v=null
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

static int cnt;
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f3(int x) { return (x + 11) % 1000; }

static generator(const char *, long) int g1(int dp, int x0, int x1)
{
    short v1 = x0 || dp;
    int v2 = (-0);
    for (int i3 = 0; i3; (yield "x"))
        for (int i4 = 0; i4 < 2; i4++)
            pr(2, 0);
    {
        {
            _Bool v5 = x1 % 2;
            pr(4, f3(v5) ? v1 : v2);
        }
    }
}

static __attribute__((unused)) void show_g1(const char *who, struct g1 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%s", yc_value(g) ? yc_value(g) : "null");
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g1 t1 = g1(1, 2, 6);
    int c1 = 0;
    (void)c1;
    more = yc_send(&t1, 4);
    show_g1("t1 send 4", &t1, more);
    printf("cnt %d\n", cnt);
    return 0;
}

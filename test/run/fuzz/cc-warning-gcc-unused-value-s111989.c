/* Reduced random program (test/fuzz, seed 111989): cc-warning in the gcc-O0 build.
 * signature: cc-warning: gcc unused-value
 * features: arrays,breakcont,cleanup,cv,decls,func,localtype,loops,ptrlocal,send,types,unbraced,unions,yassign,ycond,yexpr,yfrom,yfromptr,yinit,ynested
 * reduced in 355 tests, 92 s; what went wrong:
 *   /tmp/ycreduce-111989-kwfef5i6/prog.c: In function ‘g0__body’:
 *   /tmp/ycreduce-111989-kwfef5i6/prog.c:16:136: error: statement with no effect [-Werror=unused-value]
 *      16 |     int v25 = yield 17, w26 = v25;
 *         |                                                                                                                                        ^      
 *   cc1: all warnings being treated as errors
 * Fixed: the initializer of a frame variable (its address is taken) beside
 * other declarators is assigned to the frame around a yield that is all of
 * it (the yield's value was written as a statement, the local left unset);
 * the class, every lowered node as the whole initializer, is
 * test/run/expr-decl-frame-var-init-is-lowered-node.c.
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t0 send 0 more=1 done=0 v=17
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

union uu { int i; long l; };
static int cnt;
static __attribute__((unused)) void say_l(long *p) { printf("cleanup-l %ld\n", *p); }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }

generator(int, unsigned char) int g0(int dp)
{
    union uu u24;
    u24.i = 0 > 4;
    int v25 = yield 17, w26 = v25;
    {
        __attribute__((cleanup(say_l))) long c29 = 19 > 0;
        unsigned char v30 = 1, w31 = 25;
        if ((yield w26 || u24.i))
        {
            int *p32 = &v25;
            const int k33 = c29 * w31;
            int u34;
            long __attribute__((cleanup(say_l))) c35 = u24.i || (*p32);
            c35 = 0 + v30;
            u34 = dp;
            pr(45, u34);
            pr(47, k33);
        }
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
    struct g0 t0 = g0(0);
    int c0 = 0;
    (void)c0;
    more = yc_send(&t0, 0);
    show_g0("t0 send 0", &t0, more);
    printf("cnt %d\n", cnt);
    return 0;
}

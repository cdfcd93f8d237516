/* Reduced random program (test/fuzz, seed 10216): cc-warning in the gcc-O0 build.
 * signature: cc-warning: gcc sequence-point
 * features: cleanup,decls,goto,localtype,loops,returns,switch,types,yargs,yexpr,yinit
 * reduced in 139 tests, 74 s; what went wrong:
 *   /tmp/ycreduce-10216-mf0hf9qw/prog.c: In function ‘g2__body’:
 *   /tmp/ycreduce-10216-mf0hf9qw/prog.c:18:151: error: operation on ‘yc_f->v3’ may be undefined [-Werror=sequence-point]
 *      18 |             int v3 = ((yield &garr[5]), 10), w4 = 11 < dp;
 *         |                                                                                                                                               
 *   cc1: all warnings being treated as errors
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t2 next more=1 done=0 v=9
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

static int cnt;
static __attribute__((unused)) int garr[8] = { 3, 1, 4, 1, 5, 9, 2, 6 };
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }

generator(int *) unsigned char g2(int dp, int x0)
{
    int u1;
    if (x0 + 0)
    {
        {
            int v3 = ((yield &garr[5]), 10), w4 = 11 < dp;
            yield &v3;
            int gk5 = 0;
            (void)gk5;  /* clang 16: set but not used (the reducer dropped its read) */
            L1: ;
            {
                {
                    gk5++;
                    goto L1;
                }
                struct lt6_t { int q; int r; } lt6 = { w4, 1 };
                pr(2, lt6.q * 10 + lt6.r);
            }
        }
    }
    u1 = se(16, (-1));
    pr(17, u1);
}

static __attribute__((unused)) void show_g2(const char *who, struct g2 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    if (more) printf(" v=%d", *yc_value(g)); else printf(" v=-");
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g2 t2 = g2(0, 7);
    int c2 = 0;
    (void)c2;
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    printf("cnt %d\n", cnt);
    return 0;
}

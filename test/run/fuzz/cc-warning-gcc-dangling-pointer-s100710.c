/* Reduced random program (test/fuzz, seed 100710): cc-warning in the gcc-O2 build.
 * signature: cc-warning: gcc dangling-pointer=
 * features: complit,func,localgen,localtype,loops,send,voidY,yassign,ycond,yexpr,yinc,ymacro,ynested
 * reduced in 251 tests, 121 s; what went wrong:
 *   /tmp/ycreduce-100710-zvaszayv/prog.c: In function ‘g2__body’:
 *   /tmp/ycreduce-100710-zvaszayv/prog.c:26:65: error: dangling pointer to an unnamed temporary may be used [-Werror=dangling-pointer=]
 *      26 |                 int *cl20 = (int[]){ ID(v14), 0 + 5 };
 *         |                                                                 ^                                                                             
 *   /tmp/ycreduce-100710-zvaszayv/prog.c:26:101: note: unnamed temporary defined here
 *      26 |                 int *cl20 = (int[]){ ID(v14), 0 + 5 };
 * Fixed with seed 100147's (cc-warning-gcc-dangling-pointer-s100147.c): gcc 12
 * no longer gives -Wdangling-pointer inside generator bodies.  Both have a
 * yield in a branch whose condition is a constant false, so the block is
 * entered only by the resume's jump.
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t2 next more=0 done=1 v=0
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

static int cnt;
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
#define ID(x) (x)

generator(int, int) int g2(int dp)
{
    int v14 = ID(0);
    if (dp)
    {
        int *cl16 = (int[]){ 9, 2, 0 };
        if (28)
        {
        }
        else if (0)
        {
            int w19 = 0;
            do
            {
                w19++;
                int *cl20 = (int[]){ ID(v14), 0 + 5 };
                pr(32, yield w19);
                cl20[0] = w19 ? cl16[0] : 25;
            }
            while (w19);
        }
    }
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
    struct g2 t2 = g2(1);
    int c2 = 0;
    (void)c2;
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    printf("cnt %d\n", cnt);
    return 0;
}

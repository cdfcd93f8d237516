/* Reduced random program (test/fuzz, seed 100147): cc-warning in the gcc-O0 build.
 * signature: cc-warning: gcc dangling-pointer=
 * features: arrays,breakcont,cleanup,complit,cv,decls,func,localtype,loops,ptrlocal,types,unbraced,unions,voidY,ycond,yexpr,yinit,ylogic,ynested
 * reduced in 268 tests, 64 s; what went wrong:
 *   /tmp/ycreduce-100147-zo1wacfh/prog.c: In function ‘g2__body’:
 *   /tmp/ycreduce-100147-zo1wacfh/prog.c:31:122: error: dangling pointer to ‘u17’ may be used [-Werror=dangling-pointer=]
 *      31 |                     long v18 = ((yield 11), u17.l);
 *         |                                                                                                                          ^    
 *   /tmp/ycreduce-100147-zo1wacfh/prog.c:29:30: note: ‘u17’ declared here
 *      29 |                     union uu u17;
 * Fixed: yieldc.h turns -Wdangling-pointer off in generator bodies for gcc 12
 * and later (the resume jumps into the body's scopes; gcc takes the copy
 * back from the frame after the resume label for a use after the scope
 * ended).  `(void)c25;` added after the reduction: clang warns of the unused
 * cleanup variable (the reducer checked the reference with gcc only); gcc
 * -O0 still warned on the output of the unfixed yieldc.h with it.
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: p37 0
// CHECK-NEXT: cleanup-l 13
// CHECK-NEXT: cleanup -1
// CHECK-NEXT: t2 next more=0 done=1 v=0
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

union uu { int i; long l; };
static int cnt;
static __attribute__((unused)) void say(int *p) { printf("cleanup %d\n", *p); }
static __attribute__((unused)) void say_l(long *p) { printf("cleanup-l %ld\n", *p); }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
#define ID(x) (x)

generator(int) int * g2(int dp)
{
    int v12 = 0;
    for (int i13 = 0, j14 = 0 + 0; i13; i13++)
    {
        if (0 >= (-1))
        {
        }
        else if (ID(11))
        {
            {
                int w16 = 0;
                while ((!j14))
                {
                    w16++;
                    union uu u17;
                    u17.l = v12;
                    long v18 = ((yield 11), u17.l);
                    pr(27, v18);
                }
            }
        }
    }
    int v21 = 13, w22 = v21;
    __attribute__((cleanup(say))) int c23 = 0 - dp;
    int u24;
    u24 = 0 + (-3);
    pr(37, 0);
    __attribute__((cleanup(say_l))) long c25 = c23 ? w22 : u24;
    (void)c25;
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

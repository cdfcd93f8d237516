/* yieldc differential test program, seed 100147 (reference, GNU C on ycref.h) */
/* features: arrays,breakcont,cleanup,complit,cv,decls,func,localtype,loops,ptrlocal,types,unbraced,unions,voidY,ycond,yexpr,yinit,ylogic,ynested */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

union uu { int i; long l; };
static int cnt;
static __attribute__((unused)) void say(int *p) { printf("cleanup %d\n", *p); }
static __attribute__((unused)) void say_l(long *p) { printf("cleanup-l %ld\n", *p); }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
#define ID(x) (x)

struct g2 {
    struct ref_co co;
    int yc_value;
    char yc_sent;
    int *yc_result;
    int dp;
};
static struct g2 g2__new(int dp);
static int * g2(struct g2 *yc_self, int dp);

static void g2__entry(struct ref_co *co)
{
    struct g2 *s = (struct g2 *)co;
    int *r = g2(s, s->dp);
    if (!co->closing)
        s->yc_result = r;
}
static struct g2 g2__new(int dp)
{
    struct g2 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g2__entry;
    g.co.name = "g2";
    g.dp = dp;
    return g;
}
#define YC_RETURN return yc_zero
static int * g2(struct g2 *yc_self, int dp)
{
    static int *yc_zero __attribute__((unused));
    (void)yc_self;
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
                        long v18 = (REF_YIELD_V(11), u17.l);
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
    return yc_zero;
}
#undef YC_RETURN

#define g2(...) g2__new(__VA_ARGS__)

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
    struct g2 t2 = g2__new(1);
    int c2 = 0;
    (void)c2;
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    printf("cnt %d\n", cnt);
    return 0;
}

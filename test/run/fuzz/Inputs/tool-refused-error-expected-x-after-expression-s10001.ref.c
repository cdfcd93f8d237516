/* yieldc differential test program, seed 10001 (reference, GNU C on ycref.h) */
/* features: breakcont,cv,func,goto,localgen,localtype,loops,returns,statics,unbraced,unions,voidY,ycond,yexpr,yfrom,yinc,ymacro */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

union uu { int i; long l; };
static int cnt;
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }

struct g2 {
    struct ref_co co;
    int yc_value;
    char yc_sent;
    int yc_result;
    int dp;
    short x0;
};
static struct g2 g2__new(int dp, short x0);
static int g2(struct g2 *yc_self, int dp, short x0);

static void g2__entry(struct ref_co *co)
{
    struct g2 *s = (struct g2 *)co;
    int r = g2(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g2 g2__new(int dp, short x0)
{
    struct g2 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g2__entry;
    g.co.name = "g2";
    g.dp = dp;
    g.x0 = x0;
    return g;
}
#define YC_RETURN return yc_zero
static int g2(struct g2 *yc_self, int dp, short x0)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        int v1 = dp;
        struct lt2_t { int q; int r; } lt2 = { v1, 7 };
        int v3 = lt2.r;
        union uu u4;
        u4.l = 24;
        int gk5 = 0;
        L1: ;
        {
            int w6 = 0;
            if ((0 * 0) >= (gk5 == 16))
            {
            }
            else if (REF_YIELD_V(w6), x0)
            {
                for (int i8 = 0; i8; i8++, REF_YIELD_V(u4.l))
                {
                    {
                        int aw9 = 0;
                        while (!(++aw9 >= 1)) (void)REF_YIELD_V(0);
                    }
                }
            }
        }
        int v12 = 0 % 4;
        struct lt13_t { int q; int r; } lt13 = { 15, 1 };
        pr(17, v3);
        pr(19, v12);
        pr(20, lt13.q * 10 + lt13.r);
    return yc_zero;
}
#undef YC_RETURN

#define g2(...) g2__new(__VA_ARGS__)

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
    struct g2 t2 = g2__new(1, 6);
    int c2 = 0;
    (void)c2;
    fin_g2("t2", &t2, c2);
    printf("cnt %d\n", cnt);
    return 0;
}

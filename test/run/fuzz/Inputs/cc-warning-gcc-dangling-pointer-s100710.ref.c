/* yieldc differential test program, seed 100710 (reference, GNU C on ycref.h) */
/* features: complit,func,localgen,localtype,loops,send,voidY,yassign,ycond,yexpr,yinc,ymacro,ynested */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

static int cnt;
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
#define ID(x) (x)

struct g2 {
    struct ref_co co;
    int yc_value;
    int yc_sent;
    int yc_result;
    int dp;
};
static struct g2 g2__new(int dp);
static int g2(struct g2 *yc_self, int dp);

static void g2__entry(struct ref_co *co)
{
    struct g2 *s = (struct g2 *)co;
    int r = g2(s, s->dp);
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
static int g2(struct g2 *yc_self, int dp)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
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
                    pr(32, REF_YIELD_S(w19));
                    cl20[0] = w19 ? cl16[0] : 25;
                }
                while (w19);
            }
        }
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

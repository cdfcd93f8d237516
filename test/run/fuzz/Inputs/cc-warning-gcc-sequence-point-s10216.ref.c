/* yieldc differential test program, seed 10216 (reference, GNU C on ycref.h) */
/* features: cleanup,decls,goto,localtype,loops,returns,switch,types,yargs,yexpr,yinit */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

static int cnt;
static __attribute__((unused)) int garr[8] = { 3, 1, 4, 1, 5, 9, 2, 6 };
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }

struct g2 {
    struct ref_co co;
    int *yc_value;
    char yc_sent;
    unsigned char yc_result;
    int dp;
    int x0;
};
static struct g2 g2__new(int dp, int x0);
static unsigned char g2(struct g2 *yc_self, int dp, int x0);

static void g2__entry(struct ref_co *co)
{
    struct g2 *s = (struct g2 *)co;
    unsigned char r = g2(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g2 g2__new(int dp, int x0)
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
static unsigned char g2(struct g2 *yc_self, int dp, int x0)
{
    static unsigned char yc_zero __attribute__((unused));
    (void)yc_self;
        int u1;
        if (x0 + 0)
        {
            {
                int v3 = (REF_YIELD_V(&garr[5]), 10), w4 = 11 < dp;
                (void)REF_YIELD_V(&v3);
                int gk5 = 0;
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
    return yc_zero;
}
#undef YC_RETURN

#define g2(...) g2__new(__VA_ARGS__)

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
    struct g2 t2 = g2__new(0, 7);
    int c2 = 0;
    (void)c2;
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    printf("cnt %d\n", cnt);
    return 0;
}

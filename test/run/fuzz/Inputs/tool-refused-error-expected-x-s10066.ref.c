/* yieldc differential test program, seed 10066 (reference, GNU C on ycref.h) */
/* features: arrays,breakcont,cleanup,localtype,switch,types,unbraced,unions,yexpr,yfrom,ylogic,ymacro,ynested */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

static int cnt;
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }

struct g0 {
    struct ref_co co;
    long yc_value;
    char yc_sent;
    char yc_result;
    int dp;
    long x0;
    long x1;
};
struct g1 {
    struct ref_co co;
    int yc_value;
    char yc_sent;
    int yc_result;
    int dp;
    long x0;
};
static struct g0 g0__new(int dp, long x0, long x1);
static void g0(struct g0 *yc_self, int dp, long x0, long x1);
static struct g1 g1__new(int dp, long x0);
static int g1(struct g1 *yc_self, int dp, long x0);

static void g1__entry(struct ref_co *co)
{
    struct g1 *s = (struct g1 *)co;
    int r = g1(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g1 g1__new(int dp, long x0)
{
    struct g1 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g1__entry;
    g.co.name = "g1";
    g.dp = dp;
    g.x0 = x0;
    return g;
}
#define YC_RETURN return yc_zero
static int g1(struct g1 *yc_self, int dp, long x0)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        typedef long lt14_t;
        lt14_t lt14 = dp;
        int a15[5] = { x0, 0, 18, x0, lt14 };
        pr(48, a15[4]);
    return yc_zero;
}
#undef YC_RETURN

static void g0__entry(struct ref_co *co)
{
    struct g0 *s = (struct g0 *)co;
    g0(s, s->dp, s->x0, s->x1);
}
static struct g0 g0__new(int dp, long x0, long x1)
{
    struct g0 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g0__entry;
    g.co.name = "g0";
    g.dp = dp;
    g.x0 = x0;
    g.x1 = x1;
    return g;
}
#define YC_RETURN return
static void g0(struct g0 *yc_self, int dp, long x0, long x1)
{
    (void)yc_self;
        int v18 = 16;
        short v19 = 21 ? 0 : v18;
        (void)REF_YIELD_V((-6));
        switch (15 + v19) {
        case 1:
            __attribute__((fallthrough));
        case 2:
        case 0:
            {
                {
                    (void)({ struct g1 yc_s1 = g1__new(dp, x0 < x1); struct g1 *yc_p1 = &yc_s1; bool yc_m1 = yc_next(yc_p1); while (yc_m1) { yc_self->yc_value = yc_p1->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p1); YC_RETURN; } yc_m1 = yc_next(yc_p1); } yc_p1->yc_result; });
                }
            }
            break;
        default:
            break;
        }
}
#undef YC_RETURN

#define g1(...) g1__new(__VA_ARGS__)
#define g0(...) g0__new(__VA_ARGS__)

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
    struct g0 t0 = g0__new(1, 0, 12);
    int c0 = 0;
    (void)c0;
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    printf("cnt %d\n", cnt);
    return 0;
}

/* yieldc differential test program, seed 10004 (reference, GNU C on ycref.h) */
/* features: breakcont,localgen,localtype,loops,send,statics,types,unbraced,unions,voidY,yassign,ycond,yexpr,ylogic,ymacro,ynested */
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
    unsigned char x0;
    int x1;
};
static struct g2 g2__new(int dp, unsigned char x0, int x1);
static int g2(struct g2 *yc_self, int dp, unsigned char x0, int x1);

static void g2__entry(struct ref_co *co)
{
    struct g2 *s = (struct g2 *)co;
    int r = g2(s, s->dp, s->x0, s->x1);
    if (!co->closing)
        s->yc_result = r;
}
static struct g2 g2__new(int dp, unsigned char x0, int x1)
{
    struct g2 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g2__entry;
    g.co.name = "g2";
    g.dp = dp;
    g.x0 = x0;
    g.x1 = x1;
    return g;
}
#define YC_RETURN return yc_zero
static int g2(struct g2 *yc_self, int dp, unsigned char x0, int x1)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        (void)REF_YIELD_V((REF_YIELD_V(0), 0));
        int w5 = 0;
        union uu u9;
        u9.i = dp || w5;
        int w10 = 0;
        union uu u13;
        u13.i = (u9.i || w10) + x0;
        int v14 = x1 - (-5);
        union uu u15;
        u15.i = u13.i;
        int v16 = 1;
        pr(35, v14);
        pr(36, u15.i);
        pr(37, v16);
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
    struct g2 t2 = g2__new(1, 9, 4);
    int c2 = 0;
    (void)c2;
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    printf("cnt %d\n", cnt);
    return 0;
}

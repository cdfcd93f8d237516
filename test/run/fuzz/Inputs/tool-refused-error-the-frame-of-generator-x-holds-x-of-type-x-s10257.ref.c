/* yieldc differential test program, seed 10257 (reference, GNU C on ycref.h) */
/* features: cleanup,complit,decls,localgen,localtype,ptrlocal,recursion,structs,types,yfrom */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
typedef int (*fn_t)(int);
static int cnt;
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f1(int x) { return (x * 3 + 1) % 1000; }
static __attribute__((unused)) int f3(int x) { return (x + 11) % 1000; }

struct g1 {
    struct ref_co co;
    fn_t yc_value;
    char yc_sent;
    unsigned char yc_result;
    int dp;
    unsigned char x0;
};
struct g2 {
    struct ref_co co;
    int yc_value;
    char yc_sent;
    short yc_result;
    int dp;
    struct pt x0;
    unsigned char x1;
};
struct g3 {
    struct ref_co co;
    fn_t yc_value;
    char yc_sent;
    int yc_result;
    int dp;
    int x0;
};
static struct g1 g1__new(int dp, unsigned char x0);
static unsigned char g1(struct g1 *yc_self, int dp, unsigned char x0);
static struct g2 g2__new(int dp, struct pt x0, unsigned char x1);
static short g2(struct g2 *yc_self, int dp, struct pt x0, unsigned char x1);
static struct g3 g3__new(int dp, int x0);
static int g3(struct g3 *yc_self, int dp, int x0);

static void g3__entry(struct ref_co *co)
{
    struct g3 *s = (struct g3 *)co;
    int r = g3(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g3 g3__new(int dp, int x0)
{
    struct g3 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g3__entry;
    g.co.name = "g3";
    g.dp = dp;
    g.x0 = x0;
    return g;
}
#define YC_RETURN return yc_zero
static int g3(struct g3 *yc_self, int dp, int x0)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        int *cl1 = (int[]){ x0, x0 ? 0 : 0, x0 };
        unsigned char v2 = se(1, 0), w3 = cl1[2];
        struct pt s4 = { .b = w3, .a = 9 };
        int u5;
        u5 = 0 + 0;
        pr(5, 0);
        int *cl9 = (int[]){ s4.b, f3(v2) };
        (void)REF_YIELD_V((u5 && cl9[1]) ? f1 : f3);
        {
            pr(12, ({ struct g1 yc_s1 = g1__new(dp - 1, s4.b); struct g1 *yc_p1 = &yc_s1; bool yc_m1 = yc_next(yc_p1); while (yc_m1) { yc_self->yc_value = yc_p1->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p1); YC_RETURN; } yc_m1 = yc_next(yc_p1); } yc_p1->yc_result; }));
        }
    return yc_zero;
}
#undef YC_RETURN

static void g2__entry(struct ref_co *co)
{
    struct g2 *s = (struct g2 *)co;
    short r = g2(s, s->dp, s->x0, s->x1);
    if (!co->closing)
        s->yc_result = r;
}
static struct g2 g2__new(int dp, struct pt x0, unsigned char x1)
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
static short g2(struct g2 *yc_self, int dp, struct pt x0, unsigned char x1)
{
    static short yc_zero __attribute__((unused));
    (void)yc_self;
        {
            if ((dp && x1) == x0.b)
            {
            }
        }
    return yc_zero;
}
#undef YC_RETURN

static void g1__entry(struct ref_co *co)
{
    struct g1 *s = (struct g1 *)co;
    unsigned char r = g1(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g1 g1__new(int dp, unsigned char x0)
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
static unsigned char g1(struct g1 *yc_self, int dp, unsigned char x0)
{
    static unsigned char yc_zero __attribute__((unused));
    (void)yc_self;
        int v28 = se(57, dp);
        long r29 = ({ struct g3 yc_s2 = g3__new(0, dp); struct g3 *yc_p2 = &yc_s2; bool yc_m2 = yc_next(yc_p2); while (yc_m2) { yc_self->yc_value = yc_p2->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p2); YC_RETURN; } yc_m2 = yc_next(yc_p2); } yc_p2->yc_result; });
        struct g2 lg30 = g2__new(0, (struct pt){ 0, r29 - v28 }, x0);
        (void)REF_YIELD_V(f1);
        pr(63, yc_done(&lg30));
    return yc_zero;
}
#undef YC_RETURN

#define g3(...) g3__new(__VA_ARGS__)
#define g2(...) g2__new(__VA_ARGS__)
#define g1(...) g1__new(__VA_ARGS__)

int main(void)
{
    int more;
    (void)more;
    printf("cnt %d\n", cnt);
    return 0;
}

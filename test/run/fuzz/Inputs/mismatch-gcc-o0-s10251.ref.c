/* yieldc differential test program, seed 10251 (reference, GNU C on ycref.h) */
/* features: arrays,cleanup,interleave,localtype,returns,types,unbraced,voidY */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
static int cnt;
static __attribute__((unused)) void say_l(long *p) { printf("cleanup-l %ld\n", *p); }
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f2(int x, int y) { return (x * 2 - y) % 1000; }

struct g0 {
    struct ref_co co;
    char yc_value;
    char yc_sent;
    struct pt yc_result;
    int dp;
    int x0;
    int x1;
};
static struct g0 g0__new(int dp, int x0, int x1);
static struct pt g0(struct g0 *yc_self, int dp, int x0, int x1);

static void g0__entry(struct ref_co *co)
{
    struct g0 *s = (struct g0 *)co;
    struct pt r = g0(s, s->dp, s->x0, s->x1);
    if (!co->closing)
        s->yc_result = r;
}
static struct g0 g0__new(int dp, int x0, int x1)
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
#define YC_RETURN return yc_zero
static struct pt g0(struct g0 *yc_self, int dp, int x0, int x1)
{
    static struct pt yc_zero __attribute__((unused));
    (void)yc_self;
        long __attribute__((cleanup(say_l))) c1 = 12;
        short v5 = se(10, 19);
        (void)REF_YIELD0_V();
        _Bool v6 = (-4) % 2;
        int a7[4] = { 0 + 0, v6 != 0, v5 ? 0 : 0, c1 };
        __attribute__((cleanup(say_pt))) struct pt c8 = { a7[3], 7 };
        int v9 = se(22, x0);
        int a10[4] = { 9, (-0), x1, 9 };
        int v11 = 0 < (0 == v6);
        int a13[2] = { (-0), x1 };
        int a14[4] = { f2(dp, a13[1]), 15, (-3), 19 };
        pr(34, v9);
        pr(35, a10[3]);
        pr(36, v11);
        pr(39, a14[3]);
    return yc_zero;
}
#undef YC_RETURN

#define g0(...) g0__new(__VA_ARGS__)

static __attribute__((unused)) void show_g0(const char *who, struct g0 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    (void)more;
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g0 t0 = g0__new(1, 4, 6);
    int c0 = 0;
    (void)c0;
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    printf("cnt %d\n", cnt);
    return 0;
}

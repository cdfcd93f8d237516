/* yieldc differential test program, seed 10005 (reference, GNU C on ycref.h) */
/* features: arrays,cleanup,cleanupmacro,decls,goto,localtype,send,statics,types,ycomma,ycond,yexpr,yfromptr */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
typedef int (*fn_t)(int);
static int cnt;
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f3(int x) { return (x + 11) % 1000; }
#define AUTO_say_pt __attribute__((cleanup(say_pt)))

struct g2 {
    struct ref_co co;
    fn_t yc_value;
    char yc_sent;
    struct pt yc_result;
    int dp;
    unsigned char x0;
    short x1;
    struct g3 *src;
};
struct g3 {
    struct ref_co co;
    fn_t yc_value;
    short yc_sent;
    struct pt yc_result;
    int dp;
    long x0;
};
static struct g2 g2__new(int dp, unsigned char x0, short x1, struct g3 *src);
static struct pt g2(struct g2 *yc_self, int dp, unsigned char x0, short x1, struct g3 *src);
static struct g3 g3__new(int dp, long x0);
static struct pt g3(struct g3 *yc_self, int dp, long x0);

static void g3__entry(struct ref_co *co)
{
    struct g3 *s = (struct g3 *)co;
    struct pt r = g3(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g3 g3__new(int dp, long x0)
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
static struct pt g3(struct g3 *yc_self, int dp, long x0)
{
    static struct pt yc_zero __attribute__((unused));
    (void)yc_self;
        int a1[4] = { 10, 19, 0, 3 };
        struct lt2_t { int q; int r; } lt2 = { dp, 5 };
        long v4 = f3(0);
        if (f3((a1[0] && x0) >= (lt2.r >= v4)))
        {
        }
    return yc_zero;
}
#undef YC_RETURN

static void g2__entry(struct ref_co *co)
{
    struct g2 *s = (struct g2 *)co;
    struct pt r = g2(s, s->dp, s->x0, s->x1, s->src);
    if (!co->closing)
        s->yc_result = r;
}
static struct g2 g2__new(int dp, unsigned char x0, short x1, struct g3 *src)
{
    struct g2 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g2__entry;
    g.co.name = "g2";
    g.dp = dp;
    g.x0 = x0;
    g.x1 = x1;
    g.src = src;
    return g;
}
#define YC_RETURN return yc_zero
static struct pt g2(struct g2 *yc_self, int dp, unsigned char x0, short x1, struct g3 *src)
{
    static struct pt yc_zero __attribute__((unused));
    (void)yc_self;
        AUTO_say_pt struct pt c20 = { 12, x1 };
        int u31;
        pr(56, x0 != dp);
        u31 = se(58, c20.b);
        pr(59, u31);
        (void)({ struct g3 *yc_p1 = src; bool yc_m1 = yc_next(yc_p1); while (yc_m1) { yc_self->yc_value = yc_p1->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p1); YC_RETURN; } yc_m1 = yc_next(yc_p1); } yc_p1->yc_result; });
    return yc_zero;
}
#undef YC_RETURN

#define g3(...) g3__new(__VA_ARGS__)
#define g2(...) g2__new(__VA_ARGS__)

static __attribute__((unused)) void show_g2(const char *who, struct g2 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%d", yc_value(g) ? yc_value(g)(5) : -1);
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g3 t2 = g3__new(0, 2);
    int c2 = 0;
    (void)c2;
    struct g2 t3 = g2__new(0, -2, 2, &t2);
    int c3 = 0;
    (void)c3;
    more = yc_next(&t3);
    show_g2("t3 next", &t3, more);
    printf("cnt %d\n", cnt);
    return 0;
}

/* yieldc differential test program, seed 145652 (reference, GNU C on ycref.h) */
/* features: arrays,cleanup,complit,cv,duff,localtype,recursion,send,structs,switch,unbraced,yfrom,yinit,ylogic */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
typedef const int cint_t;
static int cnt;
static __attribute__((unused)) void say_l(long *p) { printf("cleanup-l %ld\n", *p); }
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f3(int x) { return (x + 11) % 1000; }

struct g0 {
    struct ref_co co;
    int yc_value;
    int yc_sent;
    int yc_result;
    int dp;
    int x0;
};
struct g1 {
    struct ref_co co;
    int yc_value;
    int yc_sent;
    int yc_result;
    int dp;
    short x0;
};
struct g2 {
    struct ref_co co;
    int yc_value;
    int yc_sent;
    int yc_result;
    int dp;
    struct pt x0;
};
static struct g0 g0__new(int dp, int x0);
static int g0(struct g0 *yc_self, int dp, int x0);
static struct g1 g1__new(int dp, short x0);
static int g1(struct g1 *yc_self, int dp, short x0);
static struct g2 g2__new(int dp, struct pt x0);
static int g2(struct g2 *yc_self, int dp, struct pt x0);

static void g2__entry(struct ref_co *co)
{
    struct g2 *s = (struct g2 *)co;
    int r = g2(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g2 g2__new(int dp, struct pt x0)
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
static int g2(struct g2 *yc_self, int dp, struct pt x0)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        int v1 = 0 + (-2);
        int v4 = (-x0.a);
        int v6 = se(10, 0);
        int v7 = (-5);
        {
            (void)({ struct g0 yc_s1 = g0__new(dp - 1, v1); struct g0 *yc_p1 = &yc_s1; bool yc_m1 = yc_next(yc_p1); while (yc_m1) { yc_self->yc_value = yc_p1->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p1); YC_RETURN; } yc_m1 = yc_send(yc_p1, yc_self->yc_sent); } yc_p1->yc_result; });
        }
        pr(22, v4);
        pr(23, v6);
        pr(24, v7);
    return yc_zero;
}
#undef YC_RETURN

static void g1__entry(struct ref_co *co)
{
    struct g1 *s = (struct g1 *)co;
    int r = g1(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g1 g1__new(int dp, short x0)
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
static int g1(struct g1 *yc_self, int dp, short x0)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        struct lt10_t { int q; int r; } lt10 = { 7, 7 };
        int dk11 = 0;
        switch (lt10.q) {
        case 0:
            {
                case 1: pr(26, dk11);
            }
            /* fallthrough */
        case 2:
            {
            }
        }
        long r12 = ({ struct g2 yc_s2 = g2__new(0, (struct pt){ .a = lt10.q, .b = lt10.r }); struct g2 *yc_p2 = &yc_s2; bool yc_m2 = yc_next(yc_p2); while (yc_m2) { yc_self->yc_value = yc_p2->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p2); YC_RETURN; } yc_m2 = yc_send(yc_p2, yc_self->yc_sent); } yc_p2->yc_result; });
        if ((dp ? x0 : 0) <= r12)
        {
        }
    return yc_zero;
}
#undef YC_RETURN

static void g0__entry(struct ref_co *co)
{
    struct g0 *s = (struct g0 *)co;
    int r = g0(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g0 g0__new(int dp, int x0)
{
    struct g0 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g0__entry;
    g.co.name = "g0";
    g.dp = dp;
    g.x0 = x0;
    return g;
}
#define YC_RETURN return yc_zero
static int g0(struct g0 *yc_self, int dp, int x0)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        volatile int k24 = 0;
        long __attribute__((cleanup(say_l))) c25 = (0 < 10) - (-4), c26 = x0;
        int v27 = 0;
        int v28 = se(54, 55);
        struct pt s29 = { .b = k24, .a = 12 };
        struct pt __attribute__((cleanup(say_pt))) c30 = { 0 + 0, v27 };
        int v31 = se(59, 0);
        switch (c25 * 0) {
        case 1:
            if (61)
            {
            }
            else
                switch (f3(s29.a)) {
                case 1:
                    break;
                case 0:
                    switch ((-c30.b)) {
                    case 2:
                        pr(77, c26 + v28);
                        pr(78, ({ struct g1 yc_s3 = g1__new(0, dp); struct g1 *yc_p3 = &yc_s3; bool yc_m3 = yc_next(yc_p3); while (yc_m3) { yc_self->yc_value = yc_p3->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p3); YC_RETURN; } yc_m3 = yc_send(yc_p3, yc_self->yc_sent); } yc_p3->yc_result; }));
                        break;
                    case 1:
                        break;
                    case 0:
                    case 3:
                        break;
                    }
                    break;
                default:
                    break;
                }
            break;
        case 0:
        case 2:
            break;
        }
        pr(86, v31);
    return yc_zero;
}
#undef YC_RETURN

#define g2(...) g2__new(__VA_ARGS__)
#define g1(...) g1__new(__VA_ARGS__)
#define g0(...) g0__new(__VA_ARGS__)

static __attribute__((unused)) void show_g1(const char *who, struct g1 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%lld", (long long)yc_value(g));
    printf("\n");
}
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
    struct g0 t0 = g0__new(2, -2);
    int c0 = 0;
    (void)c0;
    struct g1 t1 = g1__new(2, 8);
    int c1 = 0;
    (void)c1;
    for (int k = 0; k < 40; k++) {
        more = yc_send(&t0, k % 5 - 1);
        show_g0("t0 drain", &t0, more);
        if (!more)
            break;
    }
    for (int k = 0; k < 40; k++) {
        more = yc_send(&t1, k % 5 - 1);
        show_g1("t1 drain", &t1, more);
        if (!more)
            break;
    }
    printf("cnt %d\n", cnt);
    return 0;
}

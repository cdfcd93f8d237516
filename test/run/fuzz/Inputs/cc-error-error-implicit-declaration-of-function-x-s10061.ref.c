/* yieldc differential test program, seed 10061 (reference, GNU C on ycref.h) */
/* features: cleanup,complit,cv,func,goto,localtype,recursion,returns,send,structs,types,unions,yexpr,yfrom,yfromptr,yinit,ylogic,ynested */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
union uu { int i; long l; };
static int cnt;
static __attribute__((unused)) void say(int *p) { printf("cleanup %d\n", *p); }
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f1(int x) { return (x * 3 + 1) % 1000; }
static __attribute__((unused)) int f2(int x, int y) { return (x * 2 - y) % 1000; }
static __attribute__((unused)) int f3(int x) { return (x + 11) % 1000; }
#define ID(x) (x)

struct g0 {
    struct ref_co co;
    int yc_value;
    char yc_sent;
    int yc_result;
    int dp;
    int x0;
    unsigned char x1;
};
struct g1 {
    struct ref_co co;
    int yc_value;
    short yc_sent;
    int yc_result;
    int dp;
};
struct g2 {
    struct ref_co co;
    double yc_value;
    short yc_sent;
    int yc_result;
    int dp;
    unsigned char x0;
};
struct g3 {
    struct ref_co co;
    int yc_value;
    short yc_sent;
    int yc_result;
    int dp;
    struct pt x0;
    long x1;
};
static struct g0 g0__new(int dp, int x0, unsigned char x1);
static int g0(struct g0 *yc_self, int dp, int x0, unsigned char x1);
static struct g1 g1__new(int dp);
static int g1(struct g1 *yc_self, int dp);
static struct g2 g2__new(int dp, unsigned char x0);
static int g2(struct g2 *yc_self, int dp, unsigned char x0);
static struct g3 g3__new(int dp, struct pt x0, long x1);
static int g3(struct g3 *yc_self, int dp, struct pt x0, long x1);

static void g3__entry(struct ref_co *co)
{
    struct g3 *s = (struct g3 *)co;
    int r = g3(s, s->dp, s->x0, s->x1);
    if (!co->closing)
        s->yc_result = r;
}
static struct g3 g3__new(int dp, struct pt x0, long x1)
{
    struct g3 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g3__entry;
    g.co.name = "g3";
    g.dp = dp;
    g.x0 = x0;
    g.x1 = x1;
    return g;
}
#define YC_RETURN return yc_zero
static int g3(struct g3 *yc_self, int dp, struct pt x0, long x1)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        int v1 = se(1, dp * x0.a) % 1000;
        pr(3, REF_YIELD_S(x0.a));
        {
            (void)({ struct g3 yc_s1 = g3__new(dp - 1, (struct pt){ x0.a, ID(0) }, 12 % 2); struct g3 *yc_p1 = &yc_s1; bool yc_m1 = yc_next(yc_p1); while (yc_m1) { yc_self->yc_value = yc_p1->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p1); YC_RETURN; } yc_m1 = yc_send(yc_p1, yc_self->yc_sent); } yc_p1->yc_result; });
        }
        unsigned char v2 = v1 % 256;
        int __attribute__((cleanup(say))) c3 = ID(dp);
        c3 = (c3 + REF_YIELD_S(x0.b)) % 1000;
        int v4 = (-f2(v1, c3));
        (void)REF_YIELD_S(ID(x0.b - (-1)));
        (void)REF_YIELD_S((f2(x0.b, v2) > f3((x0.b < f3(v2)) && (v1 == c3))) || (f3(v1 > x1) >= (-c3)));
        volatile int k5 = ((f2(c3, v4) <= f2(x1, x0.b)) ? f2(c3, 24) : ((x1 <= x0.a) ? v2 : c3)) % 1000;
        {
            pr(4, ({ struct g3 yc_s2 = g3__new(dp - 1, (struct pt){ f1(v2), (-4) < v4 }, (k5 + x0.a) % 1000); struct g3 *yc_p2 = &yc_s2; bool yc_m2 = yc_next(yc_p2); while (yc_m2) { yc_self->yc_value = yc_p2->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p2); YC_RETURN; } yc_m2 = yc_send(yc_p2, yc_self->yc_sent); } yc_p2->yc_result; }));
        }
        unsigned char v6 = se(5, (v1 < x1) && (x0.a < c3)) % 256;
        int v7 = (-(-c3)) % 1000;
        (void)REF_YIELD_S(k5);
        v1 = (REF_YIELD_S(k5) < ((22 == v7) ? v4 : x0.b)) || ((x0.b >= 19) || (x0.a != (-3)));
        v1 = REF_YIELD_S((f3(v6) == 0) ? x0.a : (-4)) % 1000;
        short v8 = ((f3(v6) <= x0.a) || (x0.b != 15)) % 7;
        (void)REF_YIELD_S(x0.a);
        int *cl9 = (int[]){ x0.a % 1000, (22 * x0.a) % 1000, x0.b % 1000, k5 % 1000 };
        cl9[1] = REF_YIELD_S(dp) % 1000;
        struct pt cs10 = (struct pt){ .a = REF_YIELD_S(v6) % 1000, .b = 2 };
        (void)REF_YIELD_S(x0.a);
        int v13 = (f3((-2) < v1) == se(16, v7)) || (f3((v7 < v1) || (v4 > 2)) == cl9[0]);
        pr(26, v8);
        pr(28, cs10.a * 1000 + cs10.b);
        pr(29, v13);
    return yc_zero;
}
#undef YC_RETURN

static void g2__entry(struct ref_co *co)
{
    struct g2 *s = (struct g2 *)co;
    int r = g2(s, s->dp, s->x0);
    if (!co->closing)
        s->yc_result = r;
}
static struct g2 g2__new(int dp, unsigned char x0)
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
static int g2(struct g2 *yc_self, int dp, unsigned char x0)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        int gk14 = 0;
        L1: ;
        {
            struct pt s15 = { .b = f3(24), .a = (5 >= gk14) || (24 > dp) };
            {
                pr(33, ({ struct g0 yc_s3 = g0__new(dp - 1, f1(x0), f2(x0, dp) % 256); struct g0 *yc_p3 = &yc_s3; bool yc_m3 = yc_next(yc_p3); while (yc_m3) { yc_self->yc_value = yc_p3->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p3); YC_RETURN; } yc_m3 = yc_next(yc_p3); } yc_p3->yc_result; }));
            }
            (void)REF_YIELD_S((x0 % 3) % 3);
            if (gk14 < 1)
            {
                gk14++;
                goto L1;
            }
            pr(36, s15.a * 1000 + s15.b);
        }
    return yc_zero;
}
#undef YC_RETURN

static void g1__entry(struct ref_co *co)
{
    struct g1 *s = (struct g1 *)co;
    int r = g1(s, s->dp);
    if (!co->closing)
        s->yc_result = r;
}
static struct g1 g1__new(int dp)
{
    struct g1 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g1__entry;
    g.co.name = "g1";
    g.dp = dp;
    return g;
}
#define YC_RETURN return yc_zero
static int g1(struct g1 *yc_self, int dp)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        int v18 = (-(dp % 5));
        (void)REF_YIELD_S((!dp) ? dp : ((v18 != 13) ? v18 : v18));
        {
            (void)REF_YIELD_S((-f3(v18)));
            (void)REF_YIELD_S(v18 % 6);
            {
                (void)REF_YIELD_S((-dp));
            }
            {
                goto L2;
            }
        }
        L2: pr(47, 0);
        (void)REF_YIELD_S((21 + dp) >= f1(dp));
        {
            (void)REF_YIELD_S(v18);
            pr(49, (REF_YIELD_S(dp) > (dp % 5)) || dp);
            {
                goto L3;
            }
        }
        L3: pr(50, 0);
    return yc_zero;
}
#undef YC_RETURN

static void g0__entry(struct ref_co *co)
{
    struct g0 *s = (struct g0 *)co;
    int r = g0(s, s->dp, s->x0, s->x1);
    if (!co->closing)
        s->yc_result = r;
}
static struct g0 g0__new(int dp, int x0, unsigned char x1)
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
static int g0(struct g0 *yc_self, int dp, int x0, unsigned char x1)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        int v25 = ((dp >= 23) ? 21 : (-3)) >= f3(x0);
        {
            (void)REF_YIELD_V(x0);
        }
        {
            union uu u26;
            u26.i = x1;
            int v27 = v25 % 1000;
            pr(68, ({ struct g3 yc_s4 = g3__new(dp - 1, (struct pt){ (v25 < u26.i) || (v27 == u26.i), x1 }, dp); struct g3 *yc_p4 = &yc_s4; bool yc_m4 = yc_next(yc_p4); while (yc_m4) { yc_self->yc_value = yc_p4->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p4); YC_RETURN; } yc_m4 = yc_next(yc_p4); } yc_p4->yc_result; }));
            (void)({ struct g1 yc_s5 = g1__new(dp); struct g1 *yc_p5 = &yc_s5; bool yc_m5 = yc_next(yc_p5); while (yc_m5) { yc_self->yc_value = yc_p5->yc_value; if (ref_suspend(&yc_self->co)) { yc_close(yc_p5); YC_RETURN; } yc_m5 = yc_next(yc_p5); } yc_p5->yc_result; });
        }
        L4: pr(71, 0);
        union uu u28;
        u28.i = x0 % 1000;
        const int k29 = (((dp == 10) && (u28.i >= v25)) * ((x0 <= u28.i) ? 13 : x0)) % 1000;
        {
            typedef long lt30_t;
            lt30_t lt30 = x1 % 9;
            (void)REF_YIELD_V((((lt30 < dp) ? u28.i : v25) != f1(23)) || (x0 > f3(u28.i > lt30)));
        }
        int *cl32 = (int[]){ ID(6), ID((-3)), (x0 + x0) % 1000, u28.i % 1000 };
        {
            struct pt s33 = { f3(k29), (u28.i < k29) || (13 >= cl32[1]) };
            int v34 = ((dp <= 25) && (v25 != cl32[2])) - (v25 % 7);
            L5: pr(85, 0);
            (void)REF_YIELD_V(ID((v34 != 5) || (k29 >= x0)));
            volatile int k37 = s33.b % 1000;
            k37 = (k37 + 4) % 1000;
        }
        struct pt cs38 = (struct pt){ .a = k29 % 1000, .b = 2 };
        volatile int k39 = cs38.b % 1000;
        int v40 = (dp - dp) * 1;
        pr(94, k39);
        pr(95, v40);
    return yc_zero;
}
#undef YC_RETURN

#define g3(...) g3__new(__VA_ARGS__)
#define g2(...) g2__new(__VA_ARGS__)
#define g1(...) g1__new(__VA_ARGS__)
#define g0(...) g0__new(__VA_ARGS__)

static __attribute__((unused)) void show_g2(const char *who, struct g2 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%.2f", yc_value(g));
    printf("\n");
}
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
    struct g0 t0 = g0__new(2, -3, 10);
    int c0 = 0;
    (void)c0;
    struct g1 t1 = g1__new(2);
    int c1 = 0;
    (void)c1;
    struct g2 t2 = g2__new(2, 6);
    int c2 = 0;
    (void)c2;
    for (int k = 0; k < 40; k++) {
        more = yc_next(&t0);
        show_g0("t0 drain", &t0, more);
        if (!more)
            break;
    }
    for (int k = 0; k < 40; k++) {
        more = yc_next(&t1);
        show_g1("t1 drain", &t1, more);
        if (!more)
            break;
    }
    for (int k = 0; k < 40; k++) {
        more = yc_send(&t2, k % 5 - 1);
        show_g2("t2 drain", &t2, more);
        if (!more)
            break;
    }
    printf("cnt %d\n", cnt);
    /* closed at the end: a recursive sub-frame left suspended is a leak */
    yc_close(&t0);
    yc_close(&t1);
    yc_close(&t2);
    printf("closed\n");
    return 0;
}

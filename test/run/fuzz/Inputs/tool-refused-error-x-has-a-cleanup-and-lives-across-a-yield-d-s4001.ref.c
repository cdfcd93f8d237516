/* yieldc differential test program, seed 4001 (reference, GNU C on ycref.h) */
/* features: cleanup,cleanupmacro,func */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

static int cnt;
static __attribute__((unused)) void say(int *p) { printf("cleanup %d\n", *p); }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f1(int x) { return (x * 3 + 1) % 1000; }

struct g0 {
    struct ref_co co;
    int yc_value;
    char yc_sent;
    int yc_result;
    int dp;
    int x0;
    short x1;
};
static struct g0 g0__new(int dp, int x0, short x1);
static int g0(struct g0 *yc_self, int dp, int x0, short x1);

static void g0__entry(struct ref_co *co)
{
    struct g0 *s = (struct g0 *)co;
    int r = g0(s, s->dp, s->x0, s->x1);
    if (!co->closing)
        s->yc_result = r;
}
static struct g0 g0__new(int dp, int x0, short x1)
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
static int g0(struct g0 *yc_self, int dp, int x0, short x1)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        int v16 = f1(0);
        __attribute__((cleanup(say), unused)) int c17 = (-3);
        c17 = 0 + (dp != v16);
        int v18 = 14;
        int v19 = (0 <= 0) - x1;
        int v20 = x0 != v18;
        (void)REF_YIELD_V((-0));
        pr(62, v19);
        pr(63, v20);
    return yc_zero;
}
#undef YC_RETURN

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
    struct g0 t0 = g0__new(1, -2, 7);
    int c0 = 0;
    (void)c0;
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    printf("cnt %d\n", cnt);
    return 0;
}

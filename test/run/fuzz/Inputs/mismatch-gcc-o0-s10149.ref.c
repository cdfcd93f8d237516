/* yieldc differential test program, seed 10149 (reference, GNU C on ycref.h) */
/* features: cleanup,cleanupmacro,localtype,statics,switch,unbraced,unions */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
static int cnt;
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
#define AUTO_say_pt __attribute__((cleanup(say_pt)))

struct g0 {
    struct ref_co co;
    int yc_value;
    char yc_sent;
    int yc_result;
    int dp;
    int x0;
};
static struct g0 g0__new(int dp, int x0);
static int g0(struct g0 *yc_self, int dp, int x0);

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
        AUTO_say_pt struct pt c14 = { 7, x0 };
        switch (c14.a % 4) {
        case 3:
        case 2:
            (void)REF_YIELD_V(0);
            /* fallthrough */
        case 1:
        case 0:
            /* fallthrough */
        default:
            break;
        }
        return dp;
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
    struct g0 t0 = g0__new(1, 4);
    int c0 = 0;
    (void)c0;
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    printf("cnt %d\n", cnt);
    return 0;
}

/* yieldc differential test program, seed 4002 (reference, GNU C on ycref.h) */
/* features: localtype,returns,send,yexpr,ymacro,ynested */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

static int cnt;

struct g1 {
    struct ref_co co;
    int yc_value;
    char yc_sent;
    char yc_result;
    int dp;
    short x0;
    int x1;
};
static struct g1 g1__new(int dp, short x0, int x1);
static void g1(struct g1 *yc_self, int dp, short x0, int x1);

static void g1__entry(struct ref_co *co)
{
    struct g1 *s = (struct g1 *)co;
    g1(s, s->dp, s->x0, s->x1);
}
static struct g1 g1__new(int dp, short x0, int x1)
{
    struct g1 g;
    memset(&g, 0, sizeof g);
    g.co.entry = g1__entry;
    g.co.name = "g1";
    g.dp = dp;
    g.x0 = x0;
    g.x1 = x1;
    return g;
}
#define YC_RETURN return
static void g1(struct g1 *yc_self, int dp, short x0, int x1)
{
    (void)yc_self;
        x1 = 0 + (dp > x0);
        do { (void)REF_YIELD_V((x1)); (void)REF_YIELD_V((x1) + 1); } while (0);
}
#undef YC_RETURN

#define g1(...) g1__new(__VA_ARGS__)

static __attribute__((unused)) void show_g1(const char *who, struct g1 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%lld", (long long)yc_value(g));
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g1 t1 = g1__new(1, 0, 3);
    int c1 = 0;
    (void)c1;
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    printf("cnt %d\n", cnt);
    return 0;
}

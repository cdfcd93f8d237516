/* yieldc differential test program, seed 4003 (reference, GNU C on ycref.h) */
/* features: cleanup,decls,unbraced,unions,voidY,ymacro */
#include "ycref.h"
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
union uu { int i; long l; };
static int cnt;
static __attribute__((unused)) void say(int *p) { printf("cleanup %d\n", *p); }
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }

struct g1 {
    struct ref_co co;
    char yc_value;
    char yc_sent;
    int yc_result;
    int dp;
    unsigned char x0;
    unsigned char x1;
};
static struct g1 g1__new(int dp, unsigned char x0, unsigned char x1);
static int g1(struct g1 *yc_self, int dp, unsigned char x0, unsigned char x1);

static void g1__entry(struct ref_co *co)
{
    struct g1 *s = (struct g1 *)co;
    int r = g1(s, s->dp, s->x0, s->x1);
    if (!co->closing)
        s->yc_result = r;
}
static struct g1 g1__new(int dp, unsigned char x0, unsigned char x1)
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
#define YC_RETURN return yc_zero
static int g1(struct g1 *yc_self, int dp, unsigned char x0, unsigned char x1)
{
    static int yc_zero __attribute__((unused));
    (void)yc_self;
        if (x1)
        {
        }
        else if (0)
        {
            union uu u3;
            u3.i = 0;
            int aw4 = 0;
            while (!(++aw4 >= 3)) (void)REF_YIELD0_V();
            int v5 = 0 * dp;
            __attribute__((cleanup(say))) int c6 = 0;
            c6 = 0 + (v5 || u3.i);
        }
        int v7 = (-5);
        int v8 = 0;
        union uu u10;
        u10.l = x0;
        struct pt __attribute__((cleanup(say_pt))) c11 = { v8 >= v7, u10.l };
    return yc_zero;
}
#undef YC_RETURN

#define g1(...) g1__new(__VA_ARGS__)

static __attribute__((unused)) void show_g1(const char *who, struct g1 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    (void)more;
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g1 t1 = g1__new(1, -1, 1);
    int c1 = 0;
    (void)c1;
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    printf("cnt %d\n", cnt);
    return 0;
}

/* Reduced random program (test/fuzz, seed 4003): tool-refused in the tool build.
 * signature: tool-refused: error: 'X' inside macro 'X' is not supported: write the yield in the generator's body
 * features: cleanup,decls,unbraced,unions,voidY,ymacro
 * reduced in 217 tests, 96 s; what went wrong:
 *   /tmp/ycreduce-4003-oryynxtw/prog.c:24:9: error: 'yield' inside macro 'AWAIT' is not supported: write the yield in the generator's body
 *           AWAIT(++aw4 >= 3);
 *           ^
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: cleanup-pt 1 255
// CHECK-NEXT: t1 next more=0 done=1
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
union uu { int i; long l; };
static int cnt;
static __attribute__((unused)) void say(int *p) { printf("cleanup %d\n", *p); }
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
#define AWAIT(c) while (!(c)) yield

generator(void) int g1(int dp, unsigned char x0, unsigned char x1)
{
    if (x1)
    {
    }
    else if (0)
    {
        union uu u3;
        u3.i = 0;
        int aw4 = 0;
        AWAIT(++aw4 >= 3);
        int v5 = 0 * dp;
        __attribute__((cleanup(say))) int c6 = 0;
        c6 = 0 + (v5 || u3.i);
    }
    int v7 = (-5);
    int v8 = 0;
    union uu u10;
    u10.l = x0;
    struct pt __attribute__((cleanup(say_pt))) c11 = { v8 >= v7, u10.l };
    (void)c11;  /* clang -Wall: a cleanup alone is no use */
}

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
    struct g1 t1 = g1(1, -1, 1);
    int c1 = 0;
    (void)c1;
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    printf("cnt %d\n", cnt);
    return 0;
}

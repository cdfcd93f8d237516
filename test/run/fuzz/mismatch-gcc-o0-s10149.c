/* Reduced random program (test/fuzz, seed 10149): mismatch in the gcc-O0 build.
 * signature: mismatch
 * features: cleanup,cleanupmacro,localtype,statics,switch,unbraced,unions
 * reduced in 87 tests, 47 s; what went wrong:
 *   first difference at line 1: expected 't0 next more=1 done=0 v=0', got 'cleanup-pt 7 4'
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t0 next more=1 done=0 v=0
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
static int cnt;
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
#define AUTO_say_pt __attribute__((cleanup(say_pt)))

generator(int) int g0(int dp, int x0)
{
    AUTO_say_pt struct pt c14 = { 7, x0 };
    switch (c14.a % 4) {
    case 3:
    case 2:
        yield 0;
        /* fallthrough */
    case 1:
    case 0:
        /* fallthrough */
    default:
        break;
    }
    return dp;
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
    struct g0 t0 = g0(1, 4);
    int c0 = 0;
    (void)c0;
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    printf("cnt %d\n", cnt);
    return 0;
}

/* Reduced random program (test/fuzz, seed 4001): tool-refused in the tool build.
 * signature: tool-refused: error: 'X' has a cleanup and lives across a yield: declare it alone, in a block, with the attribute written 'X'
 * features: cleanup,cleanupmacro,func
 * reduced in 171 tests, 63 s; what went wrong:
 *   /tmp/ycreduce-4001-x3xj3kaq/prog.c:15:47: error: 'c17' has a cleanup and lives across a yield: declare it alone, in a block, with the attribute writte
 *       __attribute__((cleanup(say), unused)) int c17 = (-3);
 *                                                 ^
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t0 next more=1 done=0 v=0
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

static int cnt;
static __attribute__((unused)) void say(int *p) { printf("cleanup %d\n", *p); }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f1(int x) { return (x * 3 + 1) % 1000; }

static generator(int) int g0(int dp, int x0, short x1)
{
    int v16 = f1(0);
    __attribute__((cleanup(say), unused)) int c17 = (-3);
    c17 = 0 + (dp != v16);
    int v18 = 14;
    int v19 = (0 <= 0) - x1;
    int v20 = x0 != v18;
    yield (-0);
    pr(62, v19);
    pr(63, v20);
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
    struct g0 t0 = g0(1, -2, 7);
    int c0 = 0;
    (void)c0;
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    printf("cnt %d\n", cnt);
    return 0;
}

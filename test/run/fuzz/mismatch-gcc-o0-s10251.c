/* Reduced random program (test/fuzz, seed 10251): mismatch in the gcc-O0 build.
 * signature: mismatch
 * features: arrays,cleanup,interleave,localtype,returns,types,unbraced,voidY
 * reduced in 301 tests, 80 s; what went wrong:
 *   first difference at line 8: expected 'cleanup-pt 12 7', got 'cleanup-l 12'
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: se 10 19
// CHECK-NEXT: t0 next more=1 done=0
// CHECK-NEXT: se 22 4
// CHECK-NEXT: p34 4
// CHECK-NEXT: p35 9
// CHECK-NEXT: p36 1
// CHECK-NEXT: p39 19
// CHECK-NEXT: cleanup-pt 12 7
// CHECK-NEXT: cleanup-l 12
// CHECK-NEXT: t0 next more=0 done=1
// CHECK-NEXT: cnt 2
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
static int cnt;
static __attribute__((unused)) void say_l(long *p) { printf("cleanup-l %ld\n", *p); }
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f2(int x, int y) { return (x * 2 - y) % 1000; }

generator(void) struct pt g0(int dp, int x0, int x1)
{
    long __attribute__((cleanup(say_l))) c1 = 12;
    short v5 = se(10, 19);
    yield;
    _Bool v6 = (-4) % 2;
    int a7[4] = { 0 + 0, v6 != 0, v5 ? 0 : 0, c1 };
    __attribute__((cleanup(say_pt))) struct pt c8 = { a7[3], 7 };
    int v9 = se(22, x0);
    int a10[4] = { 9, (-0), x1, 9 };
    int v11 = 0 < (0 == v6);
    int a13[2] = { (-0), x1 };
    int a14[4] = { f2(dp, a13[1]), 15, (-3), 19 };
    pr(34, v9);
    pr(35, a10[3]);
    pr(36, v11);
    pr(39, a14[3]);
}

static __attribute__((unused)) void show_g0(const char *who, struct g0 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    (void)more;
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g0 t0 = g0(1, 4, 6);
    int c0 = 0;
    (void)c0;
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    printf("cnt %d\n", cnt);
    return 0;
}

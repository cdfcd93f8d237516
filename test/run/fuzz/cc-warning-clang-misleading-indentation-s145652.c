/* Reduced random program (test/fuzz, seed 145652): cc-warning in the clang-O0 build.
 * signature: cc-warning: clang misleading-indentation
 * features: arrays,cleanup,complit,cv,duff,localtype,recursion,send,structs,switch,unbraced,yfrom,yinit,ylogic
 * reduced in 537 tests, 86 s; what went wrong:
 *   /tmp/ycreduce-145652-qhd4mz7y/prog.c:75:120: error: misleading indentation; statement is not part of the previous 'if' [-Werror,-Wmisleading-indentati
 *                       { yc_f->yc_sub_1 = YC_ALLOC(sizeof *yc_f->yc_sub_1); if (!yc_f->yc_sub_1) yc__out_of_memory("g1"); *yc_f->yc_sub_1 = (g1(0, dp)); 
 *                                                                                                                          ^
 *   /tmp/ycreduce-145652-qhd4mz7y/prog.c:67:9: note: previous statement is here
 *           else
 *           ^
 * Fixed: the output's checks after YC_ALLOC and before YC_FREE are braced
 * (`if (!p) { yc__out_of_memory(...); }`): clang took the statement after
 * the unbraced one, on the same line, for one out of it (with a `switch`
 * and an `else` around, the heuristic's columns).
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: se 54 55
// CHECK-NEXT: se 59 0
// CHECK-NEXT: p86 0
// CHECK-NEXT: cleanup-pt 0 0
// CHECK-NEXT: cleanup-l -2
// CHECK-NEXT: cleanup-l 5
// CHECK-NEXT: t0 drain more=0 done=1 v=0
// CHECK-NEXT: se 10 0
// CHECK-NEXT: se 54 55
// CHECK-NEXT: se 59 0
// CHECK-NEXT: p86 0
// CHECK-NEXT: cleanup-pt 0 0
// CHECK-NEXT: cleanup-l -2
// CHECK-NEXT: cleanup-l 5
// CHECK-NEXT: p22 -7
// CHECK-NEXT: p23 0
// CHECK-NEXT: p24 -5
// CHECK-NEXT: t1 drain more=0 done=1 v=0
// CHECK-NEXT: cnt 5
// CHECK-NOT: {{.}}
#include <yieldc.h>
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

generator(int, int) int g1(int dp, short x0);
generator(int, int) int g0(int dp, int x0);

generator(int, int) int g2(int dp, struct pt x0)
{
    int v1 = 0 + (-2);
    int v4 = (-x0.a);
    int v6 = se(10, 0);
    int v7 = (-5);
    {
        yield from g0(dp - 1, v1);
    }
    pr(22, v4);
    pr(23, v6);
    pr(24, v7);
}

generator(int, int) int g1(int dp, short x0)
{
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
    long r12 = (yield from g2(0, (struct pt){ .a = lt10.q, .b = lt10.r }));
    if ((dp ? x0 : 0) <= r12)
    {
    }
}

generator(int, int) int g0(int dp, int x0)
{
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
                    pr(78, (yield from g1(0, dp)));
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
    struct g0 t0 = g0(2, -2);
    int c0 = 0;
    (void)c0;
    struct g1 t1 = g1(2, 8);
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

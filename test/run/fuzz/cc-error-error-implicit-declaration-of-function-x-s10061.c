/* Reduced random program (test/fuzz, seed 10061): cc-error in the gcc-O0 build.
 * signature: cc-error: error: implicit declaration of function 'X'
 * features: cleanup,complit,cv,func,goto,localtype,recursion,returns,send,structs,types,unions,yexpr,yfrom,yfromptr,yinit,ylogic,ynested
 * reduced in 596 tests, 402 s; what went wrong:
 *   /tmp/ycreduce-10061-lswy7m9n/prog.c: In function ‘g0__body’:
 *   /tmp/ycreduce-10061-lswy7m9n/prog.c:121:9: error: implicit declaration of function ‘yield’ [-Werror=implicit-function-declaration]
 *     121 |         yield (((lt30 < dp) ? u28.i : v25) != f1(23)) || (x0 > f3(u28.i > lt30));
 *         |         ^~~~~
 *   /tmp/ycreduce-10061-lswy7m9n/prog.c:121:62: error: value computed is not used [-Werror=unused-value]
 *     121 |         yield (((lt30 < dp) ? u28.i : v25) != f1(23)) || (x0 > f3(u28.i > lt30));
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t0 drain more=1 done=0 v=-3
// CHECK-NEXT: se 1 1
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 0
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -1
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -2
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -3
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -4
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -5
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -6
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -7
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -8
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -9
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -10
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -11
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -12
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -13
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -14
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -15
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -16
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -17
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -18
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -19
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -20
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -21
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -22
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -23
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -24
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -25
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -26
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -27
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -28
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -29
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -30
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -31
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -32
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -33
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -34
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -35
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -36
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -37
// CHECK-NEXT: t0 drain more=1 done=0 v=1
// CHECK-NEXT: t1 drain more=1 done=0 v=-2
// CHECK-NEXT: t1 drain more=1 done=0 v=-9
// CHECK-NEXT: t1 drain more=1 done=0 v=-2
// CHECK-NEXT: t1 drain more=1 done=0 v=-2
// CHECK-NEXT: p47 0
// CHECK-NEXT: t1 drain more=1 done=0 v=1
// CHECK-NEXT: t1 drain more=1 done=0 v=-2
// CHECK-NEXT: t1 drain more=1 done=0 v=2
// CHECK-NEXT: p49 1
// CHECK-NEXT: p50 0
// CHECK-NEXT: t1 drain more=0 done=1 v=2
// CHECK-NEXT: t2 drain more=1 done=0 v=19.00
// CHECK-NEXT: se 1 0
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -1
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -2
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -3
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -4
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -5
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -6
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -7
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -8
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -9
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -10
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -11
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -12
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -13
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -14
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -15
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -16
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -17
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -18
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -19
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -20
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -21
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -22
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -23
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -24
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -25
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -26
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -27
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -28
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -29
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -30
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -31
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -32
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -33
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -34
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -35
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -36
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -37
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: p3 0
// CHECK-NEXT: se 1 -38
// CHECK-NEXT: t2 drain more=1 done=0 v=1.00
// CHECK-NEXT: cnt 78
// CHECK-NEXT: closed
// CHECK-NOT: {{.}}
#include <yieldc.h>
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

static generator(int, short) int g3(int dp, struct pt x0, long x1);
generator(double, short) int g2(int dp, unsigned char x0);
static generator(int) int g0(int dp, int x0, unsigned char x1);

static generator(int, short) int g3(int dp, struct pt x0, long x1)
{
    int v1 = se(1, dp * x0.a) % 1000;
    pr(3, (yield x0.a));
    {
        yield from g3(dp - 1, (struct pt){ x0.a, ID(0) }, 12 % 2);
    }
    unsigned char v2 = v1 % 256;
    int __attribute__((cleanup(say))) c3 = ID(dp);
    c3 = (c3 + (yield x0.b)) % 1000;
    int v4 = (-f2(v1, c3));
    yield ID(x0.b - (-1));
    yield (f2(x0.b, v2) > f3((x0.b < f3(v2)) && (v1 == c3))) || (f3(v1 > x1) >= (-c3));
    volatile int k5 = ((f2(c3, v4) <= f2(x1, x0.b)) ? f2(c3, 24) : ((x1 <= x0.a) ? v2 : c3)) % 1000;
    {
        pr(4, (yield from g3(dp - 1, (struct pt){ f1(v2), (-4) < v4 }, (k5 + x0.a) % 1000)));
    }
    unsigned char v6 = se(5, (v1 < x1) && (x0.a < c3)) % 256;
    int v7 = (-(-c3)) % 1000;
    yield k5;
    v1 = ((yield k5) < ((22 == v7) ? v4 : x0.b)) || ((x0.b >= 19) || (x0.a != (-3)));
    v1 = (yield (f3(v6) == 0) ? x0.a : (-4)) % 1000;
    short v8 = ((f3(v6) <= x0.a) || (x0.b != 15)) % 7;
    yield x0.a;
    int *cl9 = (int[]){ x0.a % 1000, (22 * x0.a) % 1000, x0.b % 1000, k5 % 1000 };
    cl9[1] = (yield dp) % 1000;
    struct pt cs10 = (struct pt){ .a = (yield v6) % 1000, .b = 2 };
    yield x0.a;
    int v13 = (f3((-2) < v1) == se(16, v7)) || (f3((v7 < v1) || (v4 > 2)) == cl9[0]);
    pr(26, v8);
    pr(28, cs10.a * 1000 + cs10.b);
    pr(29, v13);
}

generator(double, short) int g2(int dp, unsigned char x0)
{
    int gk14 = 0;
    L1: ;
    {
        struct pt s15 = { .b = f3(24), .a = (5 >= gk14) || (24 > dp) };
        {
            pr(33, (yield from g0(dp - 1, f1(x0), f2(x0, dp) % 256)));
        }
        yield ((x0 % 3) % 3);
        if (gk14 < 1)
        {
            gk14++;
            goto L1;
        }
        pr(36, s15.a * 1000 + s15.b);
    }
}

static generator(int, short) int g1(int dp)
{
    int v18 = (-(dp % 5));
    yield ((!dp) ? dp : ((v18 != 13) ? v18 : v18));
    {
        yield (-f3(v18));
        yield (v18 % 6);
        {
            yield (-dp);
        }
        {
            goto L2;
        }
    }
    L2: pr(47, 0);
    yield ((21 + dp) >= f1(dp));
    {
        yield v18;
        pr(49, ((yield dp) > (dp % 5)) || dp);
        {
            goto L3;
        }
    }
    L3: pr(50, 0);
}

static generator(int) int g0(int dp, int x0, unsigned char x1)
{
    int v25 = ((dp >= 23) ? 21 : (-3)) >= f3(x0);
    {
        yield x0;
    }
    {
        union uu u26;
        u26.i = x1;
        int v27 = v25 % 1000;
        pr(68, (yield from g3(dp - 1, (struct pt){ (v25 < u26.i) || (v27 == u26.i), x1 }, dp)));
        yield from g1(dp);
    }
    pr(71, 0);
    union uu u28;
    u28.i = x0 % 1000;
    const int k29 = (((dp == 10) && (u28.i >= v25)) * ((x0 <= u28.i) ? 13 : x0)) % 1000;
    {
        typedef long lt30_t;
        lt30_t lt30 = x1 % 9;
        yield (((lt30 < dp) ? u28.i : v25) != f1(23)) || (x0 > f3(u28.i > lt30));
    }
    int *cl32 = (int[]){ ID(6), ID((-3)), (x0 + x0) % 1000, u28.i % 1000 };
    {
        struct pt s33 = { f3(k29), (u28.i < k29) || (13 >= cl32[1]) };
        int v34 = ((dp <= 25) && (v25 != cl32[2])) - (v25 % 7);
        pr(85, 0);
        yield ID((v34 != 5) || (k29 >= x0));
        volatile int k37 = s33.b % 1000;
        k37 = (k37 + 4) % 1000;
    }
    struct pt cs38 = (struct pt){ .a = k29 % 1000, .b = 2 };
    volatile int k39 = cs38.b % 1000;
    int v40 = (dp - dp) * 1;
    pr(94, k39);
    pr(95, v40);
}

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
    struct g0 t0 = g0(2, -3, 10);
    int c0 = 0;
    (void)c0;
    struct g1 t1 = g1(2);
    int c1 = 0;
    (void)c1;
    struct g2 t2 = g2(2, 6);
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

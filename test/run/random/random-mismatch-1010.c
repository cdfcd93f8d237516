// RUN: env YIELDC=%yieldc %python %S/../../../scripts/difftest.py -v --builds=gcc-O2,clang-asan %s | FileCheck %s
// CHECK: random-mismatch-1010.c ok
/* Random generator program (seed 1010); yieldc's output: mismatch in at least one of gcc -O0, gcc -O2, clang -O2, clang -O1 with ASan+UBSan.
 * Expected output (from a stackful reference implementation):
 *   p18 0
 *   p19 -1
 *   p20 1
 *   t0 next more=1 done=0 v=2,0
 *   t0 next more=1 done=0 v=2,-1
 *   p1 0
 *   p2 1
 *   se 3 12
 *   t1 send 3 more=1 done=0 v=12,36
 *   arg 0
 *   t1 send 6 more=1 done=0 v=0,0
 *   t0 next more=1 done=0 v=2,-2
 *   se 30 -2
 *   se 31 -1
 *   t0 next more=1 done=0 v=0,-1
 *   p32 0
 *   p33 -1
 *   p34 0
 *   p35 10002
 *   p36 0
 *   p37 0
 *   cleanup 0
 *   t0 next more=0 done=1 v=0,-1
 *   t1 next more=1 done=0 v=1,1
 *   p6 0
 *   p7 -16
 *   t1 send 10 more=1 done=0 v=360,-4
 *   p9 26
 *   t1 send 5 more=1 done=0 v=3,-8
 *   t0 next more=0 done=1 v=0,-1
 *   t0 next more=0 done=1 v=0,-1
 *   t0 next more=0 done=1 v=0,-1
 *   p11 7
 *   p12 4
 *   cleanup 7
 *   p7 -16
 *   t1 send -1 more=1 done=0 v=0,-4
 *   t0 next more=0 done=1 v=0,-1
 *   t0 next more=0 done=1 v=0,-1
 *   p9 26
 */
/* yieldc differential fuzz program, seed 1010 */
/* features: arrays,cleanup,cleanup_macro,close,goto,handles,localtype,loops,loopyield,multidecl,ptrY,ptrsub,recursion,returns,send,shadow,statics,structY,switch,types,uninit,voidY,yexpr,yfrom */
#include <yieldc.h>
#include <stdio.h>

struct pt { int a; int b; };
union uu { int i; long l; };
static int cnt;
static int gz = 7;
static __attribute__((unused)) void say(int *p) { printf("cleanup %d\n", *p); }
static __attribute__((unused)) void say_l(long *p) { printf("cleanup-l %ld\n", *p); }
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
#define AUTO __attribute__((cleanup(say)))
#define AUTO_L __attribute__((cleanup(say_l)))
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f1(int x) { return (x * 3 + 1) % 1000; }
static __attribute__((unused)) int f2(int x, int y) { return (x * 2 - y) % 1000; }
static __attribute__((unused)) int f3(int x) { return (x + 11) % 1000; }

generator(struct pt) struct pt g1(int n, int m);

static generator(struct pt, short) long g0(int dp, int n)
{
    pr(1, dp);
    pr(2, n);
    for (int i1 = 0; i1 < 1; i1++) {
        if (i1)
            return ((i1 - (i1 + i1))) % 1000;
        int v2 = (se(3, (f3(i1) - (i1 - n)))) % 1000;
        printf("arg %d\n", (int)(((yield (struct pt){ (v2 - dp), (v2 * 3) }) == (i1 * 2)) * 5));
        yield (struct pt){ i1, (n && dp) };
        int v3 = (((yield (struct pt){ .b = n, .a = (n % 8) }) * 4) % 9);
        if (v3)
            continue;
        pr(4, v2);
        pr(5, v3);
    }
    pr(6, dp);
    for (int i4 = 0; i4 < 3; i4++) {
        n = ((f3((f3(14) || i4)) >= i4) + ((dp + i4) && (i4 || dp)));
        n = (10 * 6);
        if (((i4 % 7) > (-(-5))))
            return ((f3(13) ? 29 : dp) % 6);
        if (f3((((-4) * 7) % 9)))
            continue;
    }
    unsigned char v5 = ((dp + (gz + n)) && (dp == f3(dp)));
    int gk6 = 0;
    L2: ;
    {
        L2b: ;
        gk6++;
        pr(7, (-f3(5)));
        AUTO int c7 = (gz) % 1000;
        yield (struct pt){ (n * 6), (-4) };
        if (dp > 0) {
            if (((int)(yield from g0(dp - 1, ((gk6 <= n)) % 5)) % 1000) > 5)
                pr(8, 1);
        }
        pr(9, 26);
        if ((!(!(yield (struct pt){ (gk6 * 3), (-8) })))) {
            n = (dp) % 1000;
        } else if ((n % 2)) {
            int u8;
            yield (struct pt){ (c7 ? 13 : c7), 15 };
            u8 = (dp) % 1000;
            pr(10, u8);
        } else {
            n = (yield (struct pt){ f3(21), (n ? (-4) : c7) });
        }
        struct lt9_t { int q; int r; } lt9 = { (n) % 1000, 4 };
        pr(11, c7);
        pr(12, lt9.q * 10 + lt9.r);
        if (gk6 < 1)
            goto L2b;
    }
    if (gk6 < 2)
        goto L2;
    union uu un10;
    un10.i = (gk6) % 1000;
    pr(13, dp);
    pr(14, n);
    pr(15, v5);
    pr(16, gk6);
    pr(17, un10.i);
    return 20;
}

generator(struct pt) struct pt g1(int n, int m)
{
    pr(18, n);
    pr(19, m);
    pr(20, f1((n >= f3(n))));
    for (int i1 = 0; i1 < 3; i1++) {
        if (f3(((yield (struct pt){ 2, (n - i1) }), 5)))
            continue;
        f3(20) ? (yield (struct pt){ .b = m, .a = m }) : (yield (struct pt){ .b = (m <= f3(m)), .a = (f3(18) ? n : n) });
        unsigned char v2 = (se(21, (-m)), (((0 * 5) != 0) || ((yield (struct pt){ (n <= 21), (m - 17) }), ((n - 23) && m))));
        int w3 = 0;
        while (w3 < 1) {
            w3++;
            union uu un4;
            un4.i = (((w3 % 7) + (i1 + i1))) % 1000;
            for (int i5 = (((yield (struct pt){ .b = (n ? m : i1), .a = i1 }), m) != 0); i5 < 1; i5++) {
                int v2 = (n) % 1000;
                pr(22, v2);
            }
            if ((((-2) - gz) - (w3 % 4))) {
                int u6;
                yield (struct pt){ .b = (-un4.i), .a = (w3 + un4.i) };
                u6 = ((-m) % 6);
                pr(23, u6);
            } else if (un4.i) {
                yield (struct pt){ m, (m >= un4.i) };
                yield (struct pt){ (i1 + un4.i), n };
            }
            if (n) {
                struct pt s7 = { .b = ((15 + n)) % 1000, .a = (22 - (-2)) };
                pr(24, s7.a * 1000 + s7.b);
            } else if (n) {
                (i1 % 4) ? (yield (struct pt){ (i1 % 9), un4.i }) : (yield (struct pt){ (20 <= n), (w3 + (-2)) });
            } else if (w3) {
                struct pt s8 = { (m >= f3(m)), ((m * 3)) % 1000 };
                pr(25, s8.a * 1000 + s8.b);
            } else {
                struct lt9_t { int q; int r; } lt9 = { (un4.i) % 1000, 2 };
                pr(26, lt9.q * 10 + lt9.r);
            }
            pr(27, un4.i);
        }
        pr(28, v2);
        pr(29, w3);
    }
    __attribute__((cleanup(say))) int c10 = ((((-3) < n) ? (m - n) : (m >= n))) % 1000;
    c10 = (se(30, f1(m)) && (se(31, (c10 % 6)), ((yield (struct pt){ n, c10 }), (c10 - m))));
    struct pt s11 = { (f3(m)) % 1000, (-(-2)) };
    int *p12 = &n;
    _Bool v13 = (((1 + n) == f1(12)) - (c10 % 6)) > 0;
    pr(32, n);
    pr(33, m);
    pr(34, c10);
    pr(35, s11.a * 1000 + s11.b);
    pr(36, *p12);
    pr(37, v13);
    return (struct pt){ ((m ? *p12 : *p12)) % 1000, (gz % 9) };
}

static __attribute__((unused)) void show_g0(const char *who, struct g0 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%d,%d", yc_value(g).a, yc_value(g).b);
    printf("\n");
}
static __attribute__((unused)) void fin_g0(const char *who, struct g0 *g)
{
    printf("%s fin done=%d", who, (int)yc_done(g));
    printf(" r=%lld", (long long)yc_result(g));
    printf("\n");
}

static __attribute__((unused)) void show_g1(const char *who, struct g1 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%d,%d", yc_value(g).a, yc_value(g).b);
    printf("\n");
}
static __attribute__((unused)) void fin_g1(const char *who, struct g1 *g)
{
    printf("%s fin done=%d", who, (int)yc_done(g));
    printf(" r=%d,%d", yc_result(g).a, yc_result(g).b);
    printf("\n");
}

int main(void)
{
    int more;
    (void)more;
    struct g1 t0 = g1(0, -1);
    struct g0 t1 = g0(0, 1);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_send(&t1, 3);
    show_g0("t1 send 3", &t1, more);
    more = yc_send(&t1, 6);
    show_g0("t1 send 6", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_send(&t1, 10);
    show_g0("t1 send 10", &t1, more);
    more = yc_send(&t1, 5);
    show_g0("t1 send 5", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_send(&t1, -1);
    show_g0("t1 send -1", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_send(&t1, 4);
    show_g0("t1 send 4", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_send(&t1, 4);
    show_g0("t1 send 4", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_send(&t1, 8);
    show_g0("t1 send 8", &t1, more);
    more = yc_gen_next(yc_handle(&t0));
    show_g1("t0 hnext", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    for (int k = 0; k < 300; k++) {
        more = yc_next(&t0);
        show_g1("t0 drain", &t0, more);
        if (!more)
            break;
    }
    fin_g1("t0", &t0);
    yc_close(&t0);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t1, k % 5 - 1);
        show_g0("t1 drain", &t1, more);
        if (!more)
            break;
    }
    fin_g0("t1", &t1);
    yc_close(&t1);
    printf("cnt %d gz %d\n", cnt, gz);
    return 0;
}

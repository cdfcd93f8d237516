// RUN: env YIELDC=%yieldc %python %S/../../../scripts/difftest.py -v --builds=gcc-O2,clang-asan %s | FileCheck %s
// CHECK: random-sanitizer-1123.c ok
/* Random generator program (seed 1123); yieldc's output: sanitizer in at least one of gcc -O0, gcc -O2, clang -O2, clang -O1 with ASan+UBSan.
 * Expected output (from a stackful reference implementation):
 *   p1 3
 *   p2 1
 *   p3 4
 *   p4 2
 *   se 5 -17
 *   t1 next more=1 done=0 v=-17.00
 *   p38 2
 *   p39 -2
 *   p40 -14
 *   t2 next more=1 done=0 v=4294967292
 *   t1 next more=1 done=0 v=-4.00
 *   t1 next more=1 done=0 v=1.00
 *   t2 send 3 more=1 done=0 v=2
 *   p19 -2
 *   p20 0
 *   p21 23
 *   p22 1
 *   cleanup-l 1
 *   p22 2
 *   cleanup-l 2
 *   p22 3
 *   cleanup-l 3
 *   cleanup -6
 *   p22 -5
 *   cleanup-l -5
 *   p22 -4
 *   cleanup-l -4
 *   p22 -3
 *   cleanup-l -3
 *   cleanup -6
 *   p22 -11
 *   cleanup-l -11
 *   p22 -10
 *   cleanup-l -10
 *   p22 -9
 *   cleanup-l -9
 *   cleanup -6
 *   p22 -17
 *   cleanup-l -17
 *   p22 -16
 */
/* yieldc differential fuzz program, seed 1123 */
/* features: arrays,cleanup,close,goto,handles,localtype,loops,loopyield,multidecl,ptrY,ptrsub,recursion,returns,send,shadow,statics,structY,switch,types,uninit,voidY,yexpr,yfrom */
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

generator(double) int g0(int dp, int n, int m)
{
    pr(1, dp);
    pr(2, n);
    pr(3, m);
    pr(4, (m - (dp - n)));
    for (int i1 = 0; i1 < 4; i1++) {
        long v2 = ((-(-n))) % 1000;
        _Bool bo3 = i1 > 3;
        {
            yield se(5, (-17));
            if (((i1 * 5) + (m % 3))) {
                yield (-(n + dp));
            }
            for (int i4 = 0; i4 < 1; i4++) {
                switch ((((m + 7) >= f3((i4 > n)))) % 4) {
                case -1:
                    {
                        pr(6, dp);
                    }
                    break;
                case 2:
                    yield (-(v2 % 4));
                    break;
                default:
                    if ((((i4 * 2) != 0) && ((i4 * 6) != 0)))
                        goto L1_out;
                    break;
                case 0:
                    {
                        long v5 = (((f3(27) ? n : dp) + (((yield (f1(22) - i1)), (-dp)) || (v2 - i1)))) % 1000;
                        pr(7, v5);
                    }
                    /* fallthrough */
                case 1:
                    n = (f3((((yield ((i1 * 2) + (v2 - i1))), i4) >= n)) < (n * 5));
                }
            }
            L1_out: ;
            n -= (n - v2);
            n = n % 1000;
        }
        for (int i6 = 0; i6 < 4 && (((yield ((i1 + 20) >= v2)), (24 - (9 >= m))) || se(8, (i1 > dp))); i6++) {
            unsigned char v7 = (f1(f1(f1(i1)))) % 1000;
            int v8 = (i1) % 1000, v9 = (v8 + 1) % 1000, *p10 = &v9;
            int v11 = ((((-n) + (10 + *p10)) - (((i6 ? m : i6) != 0) && (15 + v8)))) % 1000;
            pr(9, v7);
            pr(10, v8);
            pr(11, v9);
            pr(12, *p10);
            pr(13, v11);
        }
        pr(14, v2);
        pr(15, bo3);
    }
    yield ((gz * 7) < (dp % 9));
    pr(16, dp);
    pr(17, n);
    pr(18, m);
    return ((m && m) * 6);
}

static generator(unsigned, long) long g1(int n, long m)
{
    pr(19, n);
    pr(20, m);
    m -= (m ? m : m);
    m = m % 1000;
    int v1 = (gz) % 1000;
    pr(21, 23);
    m = ((f3(21) || f1(v1)) && ((v1 && f3((-5))) % 4));
    int w2 = 0;
    while (w2 < 4) {
        w2++;
        __attribute__((cleanup(say))) int c3 = ((f3(10) || v1) - (v1 % 9));
        int u4;
        u4 = (n && ((v1 ? v1 : w2) != 0));
        volatile int vo5 = ((11 - u4) != 25);
        int d6 = 0;
        do {
            d6++;
            __attribute__((cleanup(say_l))) long c7 = (((d6 - c3) - (w2 * 6))) % 1000;
            pr(22, c7);
        } while (d6 < 3);
        if (((u4 - d6) - (-4)))
            continue;
        if (n) {
            yield se(23, c3);
        }
        struct pt s8 = { ((vo5 - vo5)) % 1000, (((-4) - u4)) % 1000 };
        pr(24, c3);
        pr(25, u4);
        pr(26, vo5);
        pr(27, d6);
        pr(28, s8.a * 1000 + s8.b);
    }
    __attribute__((cleanup(say))) int c9 = (((w2 ? m : m) + (n + v1))) % 1000;
    short v10 = (((yield v1) % 6) - (c9 % 7));
    pr(29, ((-c9) + ((-3) % 8)));
    int v11 = 29;
    _Bool bo12 = ((n < v1) - 1) > 3;
    pr(30, n);
    pr(31, m);
    pr(32, v1);
    pr(33, w2);
    pr(34, c9);
    pr(35, v10);
    pr(36, v11);
    pr(37, bo12);
    return (n) % 1000;
}

static generator(unsigned, int) int g2(int n, int m)
{
    pr(38, n);
    pr(39, m);
    pr(40, (m * 7));
    yield (m + m);
    if ((((m - n) ? f1(n) : f1(m)) != 0))
        goto L1;
    {
        int u1;
        u1 = ((-(n * 4))) % 1000;
        unsigned char v2 = (se(41, (-m)), (yield (m == n)));
        int gk3 = 0;
        L2: ;
        {
            L2b: ;
            gk3++;
            yield gk3;
            const int k4 = (m) % 1000;
            pr(42, k4);
            if (gk3 < 2)
                goto L2b;
        }
        if (gk3 < 3)
            goto L2;
        for (int i5 = 0; i5 < 1; i5++) {
            int w6 = 0;
            while (w6 < 1) {
                w6++;
                int a7[3] = { ((n + 25)) % 1000, (gk3) % 1000, (0 * 3) };
                pr(43, a7[0] * 1 + a7[1] * 2 + a7[2] * 3);
            }
            yield from g0(1, ((n + i5)) % 5, ((gk3 - n)) % 5);
            __attribute__((cleanup(say_l))) long c8 = (18 * 4);
            int *p9 = &m;
            pr(44, w6);
            pr(45, c8);
            pr(46, *p9);
        }
        pr(47, u1);
        pr(48, v2);
        pr(49, gk3);
    }
    L1: ;
    struct lt10_t { int q; int r; } lt10 = { (7) % 1000, 4 };
    if ((yield n)) {
        union uu un11;
        un11.i = (((lt10.q && m) ? 22 : f3((-3)))) % 1000;
        pr(50, un11.i);
    } else if ((((m * 2) * 4) != 0)) {
        struct pt s12 = { ((lt10.q ? 1 : n)) % 1000, (20 % 7) };
        const int k13 = (f3(lt10.q)) % 1000;
        pr(51, s12.a * 1000 + s12.b);
        pr(52, k13);
    } else if (((se(53, (lt10.q ? n : n)), (yield 16)) || m)) {
        yield se(54, ((-1) * 6));
    } else {
        __attribute__((cleanup(say))) int c14 = (n) % 1000;
        pr(55, c14);
    }
    double v15 = (((((n && m) || ((n ? 12 : m) != 0)) - n)) % 1000) * 0.5;
    int v16 = ((yield from g0(1, (lt10.q) % 5, (f3(m)) % 5)) + lt10.q) % 1000;
    pr(56, (yield from g0(1, (n) % 5, ((lt10.q - 17)) % 5)));
    pr(57, n);
    pr(58, m);
    pr(59, lt10.q * 10 + lt10.r);
    pr(60, (long long)v15);
    pr(61, v16);
    return (v16 != m);
}

static __attribute__((unused)) void show_g0(const char *who, struct g0 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%.2f", yc_value(g));
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
    printf(" v=%lld", (long long)yc_value(g));
    printf("\n");
}
static __attribute__((unused)) void fin_g1(const char *who, struct g1 *g)
{
    printf("%s fin done=%d", who, (int)yc_done(g));
    printf(" r=%lld", (long long)yc_result(g));
    printf("\n");
}

static __attribute__((unused)) void show_g2(const char *who, struct g2 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%lld", (long long)yc_value(g));
    printf("\n");
}
static __attribute__((unused)) void fin_g2(const char *who, struct g2 *g)
{
    printf("%s fin done=%d", who, (int)yc_done(g));
    printf(" r=%lld", (long long)yc_result(g));
    printf("\n");
}

int main(void)
{
    int more;
    (void)more;
    struct g1 t0 = g1(-2, 0);
    struct g0 t1 = g0(3, 1, 4);
    struct g2 t2 = g2(2, -2);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_send(&t2, 3);
    show_g2("t2 send 3", &t2, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_send(&t0, 4);
    show_g1("t0 send 4", &t0, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_send(&t0, -2);
    show_g1("t0 send -2", &t0, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_gen_next(yc_handle(&t2));
    show_g2("t2 hnext", &t2, more);
    more = yc_send(&t2, -1);
    show_g2("t2 send -1", &t2, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_send(&t2, -1);
    show_g2("t2 send -1", &t2, more);
    more = yc_send(&t2, 0);
    show_g2("t2 send 0", &t2, more);
    printf("close t1\n");
    yc_close(&t1);
    fin_g0("t1", &t1);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_send(&t2, 0);
    show_g2("t2 send 0", &t2, more);
    more = yc_gen_next(yc_handle(&t2));
    show_g2("t2 hnext", &t2, more);
    more = yc_send(&t0, -2);
    show_g1("t0 send -2", &t0, more);
    more = yc_send(&t2, -18);
    show_g2("t2 send -18", &t2, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_gen_next(yc_handle(&t1));
    show_g0("t1 hnext", &t1, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_gen_next(yc_handle(&t1));
    show_g0("t1 hnext", &t1, more);
    more = yc_send(&t0, 2);
    show_g1("t0 send 2", &t0, more);
    more = yc_send(&t2, 6);
    show_g2("t2 send 6", &t2, more);
    more = yc_send(&t2, 1);
    show_g2("t2 send 1", &t2, more);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t0, k % 5 - 1);
        show_g1("t0 drain", &t0, more);
        if (!more)
            break;
    }
    fin_g1("t0", &t0);
    yc_close(&t0);
    for (int k = 0; k < 300; k++) {
        more = yc_next(&t1);
        show_g0("t1 drain", &t1, more);
        if (!more)
            break;
    }
    fin_g0("t1", &t1);
    yc_close(&t1);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t2, k % 5 - 1);
        show_g2("t2 drain", &t2, more);
        if (!more)
            break;
    }
    fin_g2("t2", &t2);
    yc_close(&t2);
    printf("cnt %d gz %d\n", cnt, gz);
    return 0;
}

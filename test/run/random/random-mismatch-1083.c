// RUN: env YIELDC=%yieldc %python %S/../../../scripts/difftest.py -v --builds=gcc-O2,clang-asan %s | FileCheck %s
// CHECK: random-mismatch-1083.c ok
/* Random generator program (seed 1083); yieldc's output: mismatch in at least one of gcc -O0, gcc -O2, clang -O2, clang -O1 with ASan+UBSan.
 * Expected output (from a stackful reference implementation):
 *   close t0
 *   t0 fin done=1 r=0,0
 *   p1 3
 *   t2 send 1 more=1 done=0 v=3
 *   t2 send 5 more=1 done=0 v=12
 *   t2 next more=1 done=0 v=3
 *   se 3 1
 *   arg 1
 *   p5 3
 *   p6 25
 *   p7 12
 *   p8 1
 *   p9 0
 *   p10 1
 *   p11 2
 *   p12 2
 *   p13 0
 *   p14 -2
 *   p15 13
 *   p16 18
 *   p17 1
 *   cleanup 13
 *   cleanup-l 0
 *   t2 hnext more=0 done=1 v=3
 *   p18 1
 *   p19 1
 *   p20 -2
 *   p18 0
 *   p19 -3
 *   p20 -2
 *   p22 0
 *   se 23 -2
 *   t1 next more=1 done=0 v=13
 *   t1 next more=1 done=0 v=4294967295
 *   t2 send -1 more=0 done=1 v=3
 *   p25 1
 *   t1 next more=1 done=0 v=1
 *   t0 next more=0 done=1 v=0
 *   t0 next more=0 done=1 v=0
 *   t0 next more=0 done=1 v=0
 */
/* yieldc differential fuzz program, seed 1083 */
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

static generator(unsigned) struct pt g1(int dp, int n, long m);

static generator(unsigned, long) int g0(int n)
{
    pr(1, n);
    int v1 = (yield n);
    const int k2 = ((17 + (-v1))) % 1000;
    long v3 = ((v1 % 7) && f3((v1 + v1)));
    yield (n ? k2 : v3);
    int v4 = (((((v1 && f3(18)) ? n : (yield se(2, (v1 && f3(0))))) != 0) ? (yield (3 % 8)) : v1)) % 1000;
    int v5 = (v1 || f3((-2))), v6 = (v5 + 1) % 1000, *p7 = &v6;
    __attribute__((cleanup(say_l))) long c8 = ((v6 ? k2 : v3) <= (-v1));
    int u9;
    printf("arg %d\n", (int)(se(3, ((-5) != n)) || ((void)(yield (11 >= v4)), se(4, (-*p7)))));
    u9 = ((-(v6 + c8))) % 1000;
    __attribute__((cleanup(say))) int c10 = 13;
    v1 = ((-((v3 * 3) - 28))) % 1000;
    int (*fp11)(int) = f3;
    int v12 = ((((10 + n) ? f1(*p7) : (c10 || v1)) != 0) && f3(19));
    pr(5, n);
    pr(6, v1);
    pr(7, k2);
    pr(8, v3);
    pr(9, v4);
    pr(10, v5);
    pr(11, v6);
    pr(12, *p7);
    pr(13, c8);
    pr(14, u9);
    pr(15, c10);
    pr(16, fp11(7));
    pr(17, v12);
    return (v4 < v3);
}

static generator(unsigned) struct pt g1(int dp, int n, long m)
{
    pr(18, dp);
    pr(19, n);
    pr(20, m);
    int a1[5] = { [4] = ((n - 17)) % 1000 };
    static int st2 = 43;
    st2 = (st2 + ((-dp)) % 1000) % 1000;
    if (dp > 0) {
        struct pt st2 = yield from g1(dp - 1, ((-3)) % 5, ((dp ? m : 9)) % 5);
        pr(21, st2.a * 1000 + st2.b);
    }
    struct pt s3 = { (n && a1[dp % 5]), (m % 8) };
    __attribute__((cleanup(say_l))) long c4 = ((m + (n > st2))) % 1000;
    pr(22, a1[dp % 5]);
    s3.b = (se(23, c4)) % 1000;
    {
        yield f1((9 - 5));
        yield (n - (-2));
        if (dp > 0) {
            struct pt s5 = yield from g1(dp - 1, ((n ? a1[dp % 5] : m)) % 5, ((m * 2)) % 5);
            pr(24, s5.a * 1000 + s5.b);
        }
        static int st6 = 34;
        st6 = (st6 + (st2) % 1000) % 1000;
        {
            pr(25, (m < 30));
            int w7 = 0;
            while (w7 < 2 && (((yield f1((a1[dp % 5] % 5))), se(26, (m > a1[1]))) >= c4)) {
                w7++;
                __attribute__((cleanup(say_l))) long c8 = 17;
                st6 = ((n ? st2 : (((st6 * 2) != 0) ? (-c4) : m))) % 1000;
                static int st6 = 31;
                st6 = (st6 + (f3(w7)) % 1000) % 1000;
                pr(27, c8);
                pr(28, st6);
            }
            if ((a1[1] != st2)) {
                pr(29, ((st2 * 4) + (28 > n)));
            } else {
                (m + c4) ? (yield (f1(st6) ? dp : (a1[w7 % 5] + s3.b))) : (yield (f3((a1[w7 % 5] <= 18)) >= (dp * 5)));
            }
            struct pt *q9 = &s3;
            int j10 = 0;
            if ((((yield ((-a1[2]) || ((-1) < a1[4]))), ((yield ((st6 ? c4 : 3) > 8)), (f3(30) ? 2 : (a1[1] + st6)))) != 0))
                goto L2;
            for (; j10 < 4; j10++) {
                yield ((w7 * 7) + (f3(5) ? a1[dp % 5] : st2));
            L2: ;
                pr(30, j10);
                yield n;
            }
            pr(31, w7);
            pr(32, q9->a - q9->b);
            pr(33, j10);
        }
        int d11 = 0;
        do {
            d11++;
            __attribute__((cleanup(say))) int c12 = ((f3((-3)) && f3(2)) || f1(st2));
            struct pt *q13 = &s3;
            pr(34, c12);
            pr(35, q13->a - q13->b);
        } while (d11 < 4);
        pr(36, st6);
        pr(37, d11);
    }
    yield ((n * 5) * 2);
    struct lt14_t { int q; int r; } lt14 = { ((12 <= s3.b)) % 1000, 3 };
    pr(38, dp);
    pr(39, n);
    pr(40, m);
    pr(41, a1[0] * 1 + a1[1] * 2 + a1[2] * 3 + a1[3] * 4 + a1[4] * 5);
    pr(42, st2);
    pr(43, s3.a * 1000 + s3.b);
    pr(44, c4);
    pr(45, lt14.q * 10 + lt14.r);
    return s3;
}

static __attribute__((unused)) void show_g0(const char *who, struct g0 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%lld", (long long)yc_value(g));
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
    printf(" r=%d,%d", yc_result(g).a, yc_result(g).b);
    printf("\n");
}

int main(void)
{
    int more;
    (void)more;
    struct g1 t0 = g1(3, 1, 5);
    struct g1 t1 = g1(1, 1, -2);
    struct g0 t2 = g0(3);
    printf("close t0\n");
    yc_close(&t0);
    fin_g1("t0", &t0);
    more = yc_send(&t2, 1);
    show_g0("t2 send 1", &t2, more);
    more = yc_send(&t2, 5);
    show_g0("t2 send 5", &t2, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_gen_next(yc_handle(&t2));
    show_g0("t2 hnext", &t2, more);
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    more = yc_send(&t2, -1);
    show_g0("t2 send -1", &t2, more);
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_send(&t2, 12);
    show_g0("t2 send 12", &t2, more);
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    more = yc_next(&t0);
    show_g1("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    more = yc_send(&t2, 6);
    show_g0("t2 send 6", &t2, more);
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_send(&t2, 7);
    show_g0("t2 send 7", &t2, more);
    for (int k = 0; k < 300; k++) {
        more = yc_next(&t0);
        show_g1("t0 drain", &t0, more);
        if (!more)
            break;
    }
    fin_g1("t0", &t0);
    yc_close(&t0);
    for (int k = 0; k < 300; k++) {
        more = yc_next(&t1);
        show_g1("t1 drain", &t1, more);
        if (!more)
            break;
    }
    fin_g1("t1", &t1);
    yc_close(&t1);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t2, k % 5 - 1);
        show_g0("t2 drain", &t2, more);
        if (!more)
            break;
    }
    fin_g0("t2", &t2);
    yc_close(&t2);
    printf("cnt %d gz %d\n", cnt, gz);
    return 0;
}

// RUN: env YIELDC=%yieldc %python %S/../../../scripts/difftest.py -v --builds=gcc-O2,clang-asan %s | FileCheck %s
// CHECK: random-cc-error-1000.c ok
/* Random generator program (seed 1000); yieldc's output: cc-error in at least one of gcc -O0, gcc -O2, clang -O2, clang -O1 with ASan+UBSan.
 * Expected output (from a stackful reference implementation):
 *   p1 -2
 *   s2 pre more=1 done=0
 *   se 2 1
 *   s2 pre more=1 done=0
 *   p26 -2
 *   p27 0
 *   t0 next more=1 done=0
 *   p26 3
 *   p27 0
 *   t2 send 0 more=1 done=0
 *   p1 -2
 *   t0 send -27 more=1 done=0
 *   t2 next more=1 done=0
 *   p9 4
 *   p10 4
 *   t4 next more=1 done=0
 *   se 2 1
 *   t0 send 9 more=1 done=0
 *   t2 next more=1 done=0
 *   t2 next more=1 done=0
 *   p1 1
 *   t1 hnext more=1 done=0
 *   p49 0
 *   p50 0
 *   t3 next more=1 done=0 v=0
 *   t2 send 7 more=1 done=0
 *   se 2 1
 *   t1 next more=1 done=0
 *   t3 next more=1 done=0 v=7
 *   se 52 0
 *   t3 next more=1 done=0 v=0
 *   t4 next more=1 done=0
 *   t2 next more=1 done=0
 *   t0 drain more=1 done=0
 *   t0 drain more=1 done=0
 *   t0 drain more=1 done=0
 *   t0 drain more=1 done=0
 *   t0 drain more=1 done=0
 *   t0 drain more=1 done=0
 *   t0 drain more=1 done=0
 */
/* yieldc differential fuzz program, seed 1000 */
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

static generator(void) long g0(int n);
generator(void) int g1(int n, int m);

static generator(void) long g0(int n)
{
    pr(1, n);
    n = (f1((((yield), (-5)) * 2))) % 1000;
    n = se(2, ((25 < f3(20)) && ((n * 4) != 0)));
    __attribute__((cleanup(say_l))) long c1 = (n) % 1000;
    int a2[4] = { (c1) % 1000, ((c1 + c1)) % 1000, 5, (n) % 1000 };
    struct lt3_t { int q; int r; } lt3 = { ((n * 5)) % 1000, 3 };
    int (*fp4)(int) = f3;
    if (f3(fp4(lt3.q))) {
        (a2[1] % 2) ? (yield) : (yield);
        n = (((yield), (c1 * 5)) % 8);
    }
    n = (f1(((lt3.q % 4) + a2[3]))) % 1000;
    for (int i5 = 0; i5 < 3; yield, i5++) {
        yield;
    }
    unsigned char v6 = (f1(f1(lt3.q))) % 1000;
    pr(3, n);
    pr(4, c1);
    pr(5, a2[0] * 1 + a2[1] * 2 + a2[2] * 3 + a2[3] * 4);
    pr(6, lt3.q * 10 + lt3.r);
    pr(7, fp4(2));
    pr(8, v6);
    return (c1) % 1000;
}

generator(void) int g1(int n, int m)
{
    pr(9, n);
    pr(10, m);
    yield;
    int (*fp1)(int) = f1;
    m = (m) % 1000;
    int u2;
    yield;
    u2 = (f1((m - m))) % 1000;
    yield;
    for (int i3 = 0; i3 < 2; i3++) {
        {
            pr(11, (m - (u2 - 30)));
            AUTO int c4 = (((u2 - n) + m)) % 1000;
            short v5 = ((yield), ((u2 || n) * 2));
            struct g0 lg6 = g0(((i3 || m)) % 5);
            pr(12, (long long)yc_next(&lg6));
            pr(13, c4);
            pr(14, v5);
            pr(15, (long long)yc_done(&lg6));
        }
        pr(16, (fp1(m) - (m * 3)));
    }
    int u7;
    f3(7) ? (yield) : (yield);
    u7 = 7;
    n = (se(18, f1(u2)), (((yield), se(17, (u7 - m))) < f3((m == n))));
    u7 = (((((u2 ? u7 : m) != 0) ? (u7 % 9) : n) + ((u7 + (-2)) % 3))) % 1000;
    _Bool v8 = fp1((13 * 6)) > 0;
    (m >= (-2)) ? (yield) : (yield);
    u7 = (((yield), 1) * 5);
    n = (((void)(!(((yield), ((u2 - n) * 6)) != 0)), ((yield), fp1(u7)))) % 1000;
    int v9 = (fp1((u7 + m))) % 1000;
    yield;
    pr(19, n);
    pr(20, m);
    pr(21, fp1(5));
    pr(22, u2);
    pr(23, u7);
    pr(24, v8);
    pr(25, v9);
    return ((18 - u7) < f3(m));
}

generator(void, int) int g2(int n, struct g0 *sp)
{
    pr(26, n);
    pr(27, (long long)yc_done(sp));
    int v1 = (yield);
    n = ((int)(yield from sp) % 1000);
    v1 = (((n - n) ? se(29, (v1 || n)) : (se(28, n) ? f3(n) : (yield)))) % 1000;
    AUTO int c2 = ((((v1 ? (-1) : f3((-4))) != 0) ? (v1 || f3(20)) : (v1 && f3(23)))) % 1000;
    int w3 = 0;
    while (w3 < 2 && f2(((int)(yield from sp) % 1000), (n - n))) {
        w3++;
        int v4 = ((((v1 == (-4)) && (yield)) + w3)) % 1000;
        yield;
        if ((v1 % 3)) {
            if (((f3((-4)) ? ((v1 + gz) + f1(w3)) : ((yield) >= f3((-3)))) != 0)) {
                int v5 = ((n - ((-w3) + n))) % 1000;
                pr(30, v5);
            } else if (f3(28)) {
                yield from sp;
            }
            if (((w3 != 17) || n))
                continue;
        } else if (se(31, v1)) {
            struct pt s6 = { .b = ((v1 * 3)) % 1000, .a = ((c2 ? v1 : v4)) % 1000 };
            if (c2)
                continue;
            int gk7 = 0;
            L1: ;
            {
                L1b: ;
                gk7++;
                if (n)
                    return (30 - (n <= s6.a));
                if (gk7 < 2)
                    goto L1b;
            }
            if (gk7 < 3)
                goto L1;
            pr(32, s6.a * 1000 + s6.b);
            pr(33, gk7);
        }
        _Bool bo8 = w3 > 3;
        {
            v4 = (((yield) ? (yield) : (yield))) % 1000;
            int v9 = (yield);
            int v10 = 10, v11 = (v10 + 1) % 1000, *p12 = &v11;
            if ((((v1 <= c2) * 4) != 0))
                break;
            pr(34, ((int)(yield from sp) % 1000));
            if (se(35, (0 * 5)))
                continue;
            pr(36, v9);
            pr(37, v10);
            pr(38, v11);
            pr(39, *p12);
        }
        static int st13 = 32;
        st13 = (st13 + (24 % 5)) % 1000;
        yield;
        v4 = ((int)(yield from sp) % 1000);
        pr(40, v4);
        pr(41, bo8);
        pr(42, st13);
    }
    int u14;
    yield;
    u14 = ((2 - w3) == f3((c2 && n)));
    pr(43, n);
    pr(44, v1);
    pr(45, c2);
    pr(46, w3);
    pr(47, u14);
    return (se(48, (u14 == w3)), ((void)(yield), ((17 - (-4)) - (v1 % 4))));
}

generator(long, int) void g3(int n)
{
    pr(49, n);
    pr(50, ((n && n) * 2));
    (void)((!(yield ((-n) - (n || n)))) % 8);
    if ((yield ((gz % 9) + (n + n)))) {
        yield f3((-1));
        n = ((yield n) % 2);
        pr(51, n);
    } else if ((se(52, (-n)), ((4 - n) ? (yield n) : n))) {
        if ((n + n)) {
            int *p1 = &n;
            pr(53, *p1);
        } else if (((n - n) - (n && n))) {
            int v2 = (n) % 1000;
            pr(54, v2);
        } else {
            yield 22;
        }
        volatile int vo3 = (f3((-21)) && ((-(-5)) != 0));
        int v4 = (yield ((vo3 || vo3) % 9));
        vo3 = (v4) % 1000;
        pr(55, vo3);
        pr(56, v4);
    } else {
        AUTO int c5 = ((f1(26) + (n - n))) % 1000;
        union uu un6;
        un6.i = ((9 - (c5 + c5))) % 1000;
        c5 = 17;
        pr(57, c5);
        pr(58, un6.i);
    }
    for (int i7 = 0; i7 < 1; i7++) {
        printf("arg %d\n", (int)f2(i7, (se(60, (10 % 9)), (yield se(59, (i7 % 9))))));
        _Bool v8 = (yield i7) > 0;
        __attribute__((cleanup(say_l))) long c9 = (n) % 1000;
        if ((se(61, (c9 + c9)) || (yield f3(i7))))
            return;
        pr(62, 23);
        struct lt10_t { int q; int r; } lt10 = { (f3(n)) % 1000, 8 };
        pr(63, v8);
        pr(64, c9);
        pr(65, lt10.q * 10 + lt10.r);
    }
    printf("arg %d\n", (int)(yield f3((n + n))));
    pr(66, n);
}

static __attribute__((unused)) void show_g0(const char *who, struct g0 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
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
    printf("\n");
}
static __attribute__((unused)) void fin_g2(const char *who, struct g2 *g)
{
    printf("%s fin done=%d", who, (int)yc_done(g));
    printf(" r=%lld", (long long)yc_result(g));
    printf("\n");
}

static __attribute__((unused)) void show_g3(const char *who, struct g3 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%lld", (long long)yc_value(g));
    printf("\n");
}
static __attribute__((unused)) void fin_g3(const char *who, struct g3 *g)
{
    printf("%s fin done=%d", who, (int)yc_done(g));
    printf("\n");
}

int main(void)
{
    int more;
    (void)more;
    struct g0 s0 = g0(-2);
    struct g2 t0 = g2(-2, &s0);
    struct g0 t1 = g0(1);
    struct g0 s2 = g0(-2);
    more = yc_next(&s2);
    show_g0("s2 pre", &s2, more);
    more = yc_next(&s2);
    show_g0("s2 pre", &s2, more);
    struct g2 t2 = g2(3, &s2);
    struct g3 t3 = g3(0);
    struct g1 t4 = g1(4, 4);
    more = yc_next(&t0);
    show_g2("t0 next", &t0, more);
    more = yc_send(&t2, 0);
    show_g2("t2 send 0", &t2, more);
    more = yc_send(&t0, -27);
    show_g2("t0 send -27", &t0, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_next(&t4);
    show_g1("t4 next", &t4, more);
    more = yc_send(&t0, 9);
    show_g2("t0 send 9", &t0, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_gen_next(yc_handle(&t1));
    show_g0("t1 hnext", &t1, more);
    more = yc_next(&t3);
    show_g3("t3 next", &t3, more);
    more = yc_send(&t2, 7);
    show_g2("t2 send 7", &t2, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t3);
    show_g3("t3 next", &t3, more);
    more = yc_next(&t3);
    show_g3("t3 next", &t3, more);
    more = yc_next(&t4);
    show_g1("t4 next", &t4, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t0, k % 5 - 1);
        show_g2("t0 drain", &t0, more);
        if (!more)
            break;
    }
    fin_g2("t0", &t0);
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
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t3, k % 5 - 1);
        show_g3("t3 drain", &t3, more);
        if (!more)
            break;
    }
    fin_g3("t3", &t3);
    yc_close(&t3);
    for (int k = 0; k < 300; k++) {
        more = yc_next(&t4);
        show_g1("t4 drain", &t4, more);
        if (!more)
            break;
    }
    fin_g1("t4", &t4);
    yc_close(&t4);
    fin_g0("s0", &s0);
    yc_close(&s0);
    fin_g0("s2", &s2);
    yc_close(&s2);
    printf("cnt %d gz %d\n", cnt, gz);
    return 0;
}

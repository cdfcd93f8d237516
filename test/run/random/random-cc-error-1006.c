// RUN: env YIELDC=%yieldc %python %S/../../../scripts/difftest.py -v --builds=gcc-O2,clang-asan %s | FileCheck %s
// CHECK: random-cc-error-1006.c ok
/* Random generator program (seed 1006); yieldc's output: cc-error in at least one of gcc -O0, gcc -O2, clang -O2, clang -O1 with ASan+UBSan.
 * Expected output (from a stackful reference implementation):
 *   p21 -2
 *   p22 1
 *   t2 next more=1 done=0 v=4294967294
 *   p1 -1
 *   p2 4
 *   se 3 -1
 *   se 4 -4
 *   p5 -1
 *   se 15 1
 *   t1 next more=1 done=0 v=8
 *   p16 1004
 *   p17 0
 *   t1 next more=1 done=0 v=8
 *   p16 1004
 *   p17 1
 *   p18 1
 *   p19 8
 *   p20 -4999
 *   t1 send -81 more=0 done=1 v=8
 *   t1 send 12 more=0 done=1 v=8
 *   p33 -1
 *   p34 -1
 *   t0 send 12 more=1 done=0 v=-1
 *   t2 next more=1 done=0 v=4294967284
 *   p21 1
 *   p22 -1
 *   t0 send 9 more=1 done=0 v=1
 *   t2 next more=1 done=0 v=4294967294
 *   t2 next more=1 done=0 v=1
 *   t0 drain more=1 done=0 v=-10
 *   t0 drain more=1 done=0 v=1
 *   t0 drain more=1 done=0 v=-1
 *   t0 drain more=1 done=0 v=-1
 *   p27 0
 *   t0 drain more=1 done=0 v=-1
 *   se 28 1
 *   t0 drain more=1 done=0 v=1
 *   t0 drain more=1 done=0 v=-1
 *   t0 drain more=1 done=0 v=0
 *   p27 0
 */
/* yieldc differential fuzz program, seed 1006 */
/* features: arrays,close,handles,localtype,loops,loopyield,multidecl,ptrY,ptrsub,recursion,returns,send,shadow,statics,structY,switch,types,uninit,voidY,yexpr,yfrom */
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

static generator(unsigned) int g1(int n, long m);

static generator(long, int) struct pt g0(int n, long m)
{
    pr(1, n);
    pr(2, m);
    if (m) {
        int v1 = (se(3, ((n + n) - n))) % 1000;
        n = (se(4, (-m))) % 1000;
        pr(5, v1);
    } else if (f3((yield (m + 12)))) {
        if ((m % 4)) {
            int (*fp2)(int) = f3;
            m = (m % 6);
            pr(6, fp2(3));
        } else {
            static int st3 = 6;
            st3 = (st3 + (m) % 1000) % 1000;
            pr(7, st3);
        }
        yield (m ? n : 28);
        int v4 = 26;
        pr(8, v4);
    } else {
        yield ((n + 21) % 4);
        pr(9, m);
        int v5 = (yield se(10, (m - m)));
        int v6 = (m) % 1000, v7 = (v6 + 1) % 1000, *p8 = &v7;
        if ((n + (v5 - v5)))
            return (struct pt){ (f3(27) && v6), ((m * 2)) % 1000 };
        pr(11, v5);
        pr(12, v6);
        pr(13, v7);
        pr(14, *p8);
    }
    struct pt s9 = { .b = (m || n), .a = (-5) };
    m -= (-4);
    m = m % 1000;
    n = (se(15, s9.b)) % 1000;
    for (int i10 = 0; i10 < 2; i10++) {
        struct pt s11 = { (f3((-1)) || n), (f1(n)) % 1000 };
        int v12 = (!(!(yield (s11.b ? m : (n - 25)))));
        pr(16, s11.a * 1000 + s11.b);
        pr(17, v12);
    }
    pr(18, n);
    pr(19, m);
    pr(20, s9.a * 1000 + s9.b);
}

static generator(unsigned) int g1(int n, long m)
{
    pr(21, n);
    pr(22, m);
    switch (((13 - (m ? 24 : n))) % 4) {
    case -1:
        {
            union uu un1;
            un1.i = (f3(n)) % 1000;
            int v2 = ((f3((23 + (-1))) ? m : (n || n))) % 1000;
            struct pt s3 = { .b = ((26 + m)) % 1000, .a = ((v2 - v2)) % 1000 };
            pr(23, un1.i);
            pr(24, v2);
            pr(25, s3.a * 1000 + s3.b);
        }
        break;
    case 2:
        m -= n;
        m = m % 1000;
        break;
    case 0:
        if ((m + (n || f3(5)))) {
            m = ((yield 28), ((n - m) && f3(11)));
        } else if (((n - 10) && (gz && m))) {
            if (f3(4))
                break;
        } else if (f1((((yield (f1(m) >= f3(27))), (n - n)) % 7))) {
            yield f1((m + 22));
        }
        n += (n < f3(n));
        n = n % 1000;
        pr(26, ((m % 9) % 9));
        break;
    }
    yield (n % 3);
    n = (((yield (-(m + 11))), (n % 9)) % 6);
    int d4 = 0;
    do {
        d4++;
        (f3(12) || n) ? (yield ((f3((-2)) ? n : n) % 3)) : (yield (6 % 3));
        yield m;
        yield (m + (m + d4));
        short v5 = 0;
        pr(27, v5);
    } while (d4 < 4 && (((yield (-d4)), se(28, (n % 5))) - (-28)));
    static int st6 = 35;
    st6 = (st6 + ((d4 * 2)) % 1000) % 1000;
    yield n;
    pr(29, n);
    pr(30, m);
    pr(31, d4);
    pr(32, st6);
    return (((n + st6) + (m * 2))) % 1000;
}

generator(int, short) int g2(int n, long m)
{
    pr(33, n);
    pr(34, m);
    for (int i1 = ((yield n) != 0); i1 < 3; i1++) {
        m = ((yield from g1(((n && i1)) % 5, (m) % 5))) % 1000;
        struct pt s2 = { .b = (m) % 1000, .a = ((-i1)) % 1000 };
        s2.b = (se(35, (i1 - 6))) % 1000;
        yield 11;
        yield (f1(s2.b) - (f3((-1)) || m));
        int v3 = ((((30 + n) * 3) != 0) && f3((n ? m : (-5))));
        pr(36, s2.a * 1000 + s2.b);
        pr(37, v3);
    }
    printf("arg %d\n", (int)(!(yield ((n && f3(23)) || ((f3(22) ? m : n) != 0)))));
    struct g1 lg4 = g1((22) % 5, (9) % 5);
    pr(38, (long long)yc_next(&lg4));
    int v5 = (se(40, ((int)(yc_value(&lg4) % 1000) - m)), (se(39, ((int)(yc_value(&lg4) % 1000) * 4)) || (yield n)));
    yc_close(&lg4);
    struct pt s6 = { (v5 > 23), ((n * 5)) % 1000 };
    yield se(41, (f3(8) || f3(25)));
    n -= s6.b;
    n = n % 1000;
    yc_close(&lg4);
    pr(44, ((se(42, (n * 7)) ? se(43, (f3(8) ? s6.b : s6.b)) : (yield ((yield ((s6.b - 22) * 7))) % 1000)) % 7));
    yield ((-s6.b) <= (int)(yc_value(&lg4) % 1000));
    int w7 = 0;
    while (w7 < 0) {
        w7++;
        s6 = (struct pt){ (-0), (f3(v5)) % 1000 };
        if ((!((((int)(yc_value(&lg4) % 1000) - w7) ? (yield from &lg4) : se(45, (-12))) != 0))) {
            int v5 = ((yield (((int)(yc_value(&lg4) % 1000) < m) % 3)) >= (s6.a % 9));
            pr(46, v5);
        } else {
            int v8 = (((yield from &lg4) || se(47, (v5 % 3))) * 4);
            yield w7;
            n = ((n * 7) == m);
            (void)((yield from &lg4) * 5);
            struct pt s9 = { 27, (gz) % 1000 };
            pr(48, v8);
            pr(49, s9.a * 1000 + s9.b);
        }
        for (int i10 = 0; i10 < 2; i10++) {
            int v11 = (!(yield ((f3(24) ? (int)(yc_value(&lg4) % 1000) : (int)(yc_value(&lg4) % 1000)) + 23)));
            s6.a = (((yield ((i10 + s6.a) - (s6.b - i10))) != (n - m)) || ((f3(26) ? m : 15) != 0));
            static int st12 = 36;
            st12 = (st12 + ((v11 * 4)) % 1000) % 1000;
            pr(50, v11);
            pr(51, st12);
        }
        if (f3(v5))
            break;
        yc_close(&lg4);
    }
    pr(52, n);
    pr(53, m);
    pr(54, (long long)yc_done(&lg4));
    pr(55, v5);
    pr(56, s6.a * 1000 + s6.b);
    pr(57, w7);
    return (f3(((int)(yc_value(&lg4) % 1000) && f3(19))) <= ((-4) - m));
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
    printf(" r=%d,%d", yc_result(g).a, yc_result(g).b);
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
    struct g2 t0 = g2(-1, -1);
    struct g0 t1 = g0(-1, 4);
    struct g1 t2 = g1(-2, 1);
    more = yc_next(&t2);
    show_g1("t2 next", &t2, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_send(&t1, -81);
    show_g0("t1 send -81", &t1, more);
    more = yc_send(&t1, 12);
    show_g0("t1 send 12", &t1, more);
    more = yc_send(&t0, 12);
    show_g2("t0 send 12", &t0, more);
    more = yc_next(&t2);
    show_g1("t2 next", &t2, more);
    more = yc_send(&t0, 9);
    show_g2("t0 send 9", &t0, more);
    more = yc_next(&t2);
    show_g1("t2 next", &t2, more);
    more = yc_next(&t2);
    show_g1("t2 next", &t2, more);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t0, k % 5 - 1);
        show_g2("t0 drain", &t0, more);
        if (!more)
            break;
    }
    fin_g2("t0", &t0);
    yc_close(&t0);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t1, k % 5 - 1);
        show_g0("t1 drain", &t1, more);
        if (!more)
            break;
    }
    fin_g0("t1", &t1);
    yc_close(&t1);
    for (int k = 0; k < 300; k++) {
        more = yc_next(&t2);
        show_g1("t2 drain", &t2, more);
        if (!more)
            break;
    }
    fin_g1("t2", &t2);
    yc_close(&t2);
    printf("cnt %d gz %d\n", cnt, gz);
    return 0;
}

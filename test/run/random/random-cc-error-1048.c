// RUN: env YIELDC=%yieldc %python %S/../../../scripts/difftest.py -v --builds=gcc-O2,clang-asan %s | FileCheck %s
// CHECK: random-cc-error-1048.c ok
/* Random generator program (seed 1048); yieldc's output: cc-error in at least one of gcc -O0, gcc -O2, clang -O2, clang -O1 with ASan+UBSan.
 * Expected output (from a stackful reference implementation):
 *   p19 -1
 *   p20 2
 *   s2 pre more=1 done=0 v=35
 *   p19 2
 *   p20 2
 *   s4 pre more=1 done=0 v=35
 *   p21 49
 *   s4 pre more=1 done=0 v=2
 *   p27 2002
 *   p27 2002
 *   p27 2002
 *   s4 pre more=1 done=0 v=4
 *   p28 25
 *   p29 2
 *   p30 1
 *   p31 1
 *   p32 2
 *   p33 2
 *   p34 1
 *   cleanup 1
 *   s4 pre more=0 done=1 v=4
 *   s4 pre more=0 done=1 v=4
 *   p1 1
 *   p2 3
 *   p3 -2
 *   se 4 0
 *   t0 next more=1 done=0 v=0
 *   p35 1
 *   p36 1
 *   t4 send 1 more=1 done=0 v=-1
 *   p37 -1999
 *   p1 0
 *   p2 -2
 *   p3 1
 *   se 4 0
 *   t4 send -2 more=1 done=0 v=0
 *   t4 next more=1 done=0 v=1
 *   close t0
 *   t0 fin done=1 r=0
 *   t4 send 5 more=1 done=0 v=217
 */
/* yieldc differential fuzz program, seed 1048 */
/* features: arrays,cleanup,close,handles,localtype,loops,loopyield,multidecl,ptrY,ptrsub,recursion,returns,send,shadow,statics,structY,types,uninit,voidY,yexpr,yfrom */
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

static generator(long, int) int g0(int dp, int n, long m);
static generator(unsigned) int g1(int n, int m);
generator(long, int) void g2(int n, struct g1 *sp);

static generator(long, int) int g0(int dp, int n, long m)
{
    pr(1, dp);
    pr(2, n);
    pr(3, m);
    const int k1 = (((n - (-5)) ? (m == dp) : n)) % 1000;
    m = (n) % 1000;
    m = (f3(2) && (f1(k1) == m));
    n = (19 * 3);
    yield se(4, (f3((-3)) ? k1 : m));
    yield ((dp % 6) + (f3(18) && f3(16)));
    _Bool bo2 = ((m && n) % 2) > 3;
    static int st3 = 15;
    st3 = (st3 + (n) % 1000) % 1000;
    m = (st3) % 1000;
    yield (f1(m) - (dp - dp));
    int d4 = 0;
    do {
        d4++;
        yield k1;
    } while (d4 < 3);
    yield (n && (-m));
    int w5 = 0;
    while (w5 < 3 && (yield (-5))) {
        w5++;
        bo2 = ((((((-2) * 2) != 0) ? (m - 17) : (yield (((void)(yield se(5, (1 * 7))), 5)) % 1000)) != 0) ? (k1 * 6) : k1) > 0;
        for (int i6 = ((yield (-st3)) != 0); i6 < 2; i6++) {
            n = se(6, (f3((-17)) || ((st3 * 4) != 0)));
            st3 += k1;
            st3 = st3 % 1000;
        }
        bo2 = (yield ((yield 20)) % 1000) > 0;
        struct lt7_t { int q; int r; } lt7 = { (k1) % 1000, 5 };
        pr(7, lt7.q * 10 + lt7.r);
    }
    __attribute__((cleanup(say))) int c8 = (k1) % 1000;
    const int k9 = ((-dp)) % 1000;
    int v10 = (yield ((c8 % 8) + (n < 22)));
    pr(8, dp);
    pr(9, n);
    pr(10, m);
    pr(11, k1);
    pr(12, bo2);
    pr(13, st3);
    pr(14, d4);
    pr(15, w5);
    pr(16, c8);
    pr(17, k9);
    pr(18, v10);
    return (((dp * 6) * 3)) % 1000;
}

static generator(unsigned) int g1(int n, int m)
{
    pr(19, n);
    pr(20, m);
    int v1 = ((((((yield (gz * 5)), ((n % 8) ? n : (n % 5))) != 0) ? (-gz) : (m ? m : m)) != 0) || ((f3(17) ? n : m) + m));
    int v2 = (v1) % 1000, v3 = (v2 + 1) % 1000, *p4 = &v3;
    if (((*p4 ? 30 : v3) - (v1 % 4))) {
        static int st5 = 50;
        st5 = (st5 + ((-v2)) % 1000) % 1000;
        pr(21, st5);
    } else if ((!(((yield n), se(22, (v2 >= m))) || f3(2)))) {
        __attribute__((cleanup(say_l))) long c6 = (((*p4 || *p4) + (v2 - 5))) % 1000;
        pr(23, c6);
    } else if (se(24, (v2 * 2))) {
        struct lt7_t { int q; int r; } lt7 = { (m) % 1000, 1 };
        short v8 = ((9 - *p4) || (n - *p4));
        pr(25, lt7.q * 10 + lt7.r);
        pr(26, v8);
    } else {
        n = (*p4) % 1000;
    }
    yield n;
    __attribute__((cleanup(say))) int c9 = (v2) % 1000;
    for (int i10 = 0; i10 < 3; i10++) {
        struct pt s11 = { (m) % 1000, ((f3(18) ? *p4 : m)) % 1000 };
        pr(27, s11.a * 1000 + s11.b);
    }
    n = ((yield f1((v2 ? v1 : n))), 25);
    pr(28, n);
    pr(29, m);
    pr(30, v1);
    pr(31, v2);
    pr(32, v3);
    pr(33, *p4);
    pr(34, c9);
    return ((-(n * 6))) % 1000;
}

generator(long, int) void g2(int n, struct g1 *sp)
{
    pr(35, n);
    pr(36, (long long)yc_done(sp));
    int v1 = (yield (-n));
    struct lt2_t { int q; int r; } lt2 = { (v1) % 1000, 7 };
    for (int i3 = 0; i3 < 1; i3++) {
        struct pt s4 = { (v1) % 1000, (f3((-5)) || i3) };
        pr(37, s4.a * 1000 + s4.b);
    }
    __attribute__((cleanup(say))) int c5 = (n && (lt2.q - n));
    {
        struct lt6_t { int q; int r; } lt6 = { (lt2.q) % 1000, 3 };
        {
            __attribute__((cleanup(say_l))) long c7 = ((n ? (lt6.q + 23) : (27 + c5))) % 1000;
            unsigned char v8 = (lt2.q) % 1000;
            yield from g0(0, (lt2.q) % 5, ((lt2.q < n)) % 5);
            unsigned char v9 = ((yield 16) == 3);
            n = ((yield from g0(1, (c7) % 5, ((c7 ? v1 : c5)) % 5))) % 1000;
            __attribute__((cleanup(say))) int c10 = (c5) % 1000;
            pr(38, c7);
            pr(39, v8);
            pr(40, v9);
            pr(41, c10);
        }
        int (*fp11)(int) = f3;
        static int st12 = 7;
        st12 = (st12 + (lt2.q) % 1000) % 1000;
        int v13 = ((yield from sp)) % 1000;
        volatile int vo14 = (((lt2.q - v1) - (c5 - st12))) % 1000;
        yield ((lt6.q != 23) + ((-2) + vo14));
        int v15 = ((yield from g0(0, (f1(n)) % 5, (v1) % 5)) + 17) % 1000;
        if (((yield (c5 * 6)) % 6)) {
            _Bool vo14 = se(42, 30) > 0;
            pr(43, vo14);
        } else if (((!(yield fp11(v15))) || (yield (((v13 % 8) || (yield from g0(0, ((c5 + vo14)) % 5, (4) % 5)))) % 1000))) {
            yield ((c5 || st12) - (c5 + lt6.q));
            __attribute__((cleanup(say))) int c16 = ((n || lt2.q) - 15);
            _Bool v17 = fp11(lt6.q) > 0;
            int v18 = (lt6.q) % 1000, v19 = (v18 + 1) % 1000, *p20 = &v19;
            pr(44, c16);
            pr(45, v17);
            pr(46, v18);
            pr(47, v19);
            pr(48, *p20);
        }
        {
            pr(49, 23);
        }
        pr(50, fp11(st12));
        vo14 = (yield 0);
        (void)(yield (v15 + st12));
        pr(51, lt6.q * 10 + lt6.r);
        pr(52, fp11(8));
        pr(53, st12);
        pr(54, v13);
        pr(55, vo14);
        pr(56, v15);
    }
    pr(57, n);
    pr(58, v1);
    pr(59, lt2.q * 10 + lt2.r);
    pr(60, c5);
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
    printf("\n");
}

int main(void)
{
    int more;
    (void)more;
    struct g0 t0 = g0(1, 3, -2);
    struct g1 s1 = g1(-2, 3);
    struct g2 t1 = g2(4, &s1);
    struct g1 s2 = g1(-1, 2);
    more = yc_next(&s2);
    show_g1("s2 pre", &s2, more);
    struct g2 t2 = g2(-2, &s2);
    struct g1 t3 = g1(0, 3);
    struct g1 s4 = g1(2, 2);
    more = yc_next(&s4);
    show_g1("s4 pre", &s4, more);
    more = yc_next(&s4);
    show_g1("s4 pre", &s4, more);
    more = yc_next(&s4);
    show_g1("s4 pre", &s4, more);
    more = yc_next(&s4);
    show_g1("s4 pre", &s4, more);
    more = yc_next(&s4);
    show_g1("s4 pre", &s4, more);
    struct g2 t4 = g2(1, &s4);
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    more = yc_send(&t4, 1);
    show_g2("t4 send 1", &t4, more);
    more = yc_send(&t4, -2);
    show_g2("t4 send -2", &t4, more);
    more = yc_next(&t4);
    show_g2("t4 next", &t4, more);
    printf("close t0\n");
    yc_close(&t0);
    fin_g0("t0", &t0);
    more = yc_send(&t4, 5);
    show_g2("t4 send 5", &t4, more);
    more = yc_send(&t1, -1);
    show_g2("t1 send -1", &t1, more);
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    printf("close t1\n");
    yc_close(&t1);
    fin_g2("t1", &t1);
    more = yc_next(&t3);
    show_g1("t3 next", &t3, more);
    more = yc_send(&t2, 52);
    show_g2("t2 send 52", &t2, more);
    more = yc_next(&t2);
    show_g2("t2 next", &t2, more);
    more = yc_send(&t0, 12);
    show_g0("t0 send 12", &t0, more);
    more = yc_next(&t3);
    show_g1("t3 next", &t3, more);
    more = yc_send(&t2, 11);
    show_g2("t2 send 11", &t2, more);
    more = yc_next(&t4);
    show_g2("t4 next", &t4, more);
    more = yc_next(&t4);
    show_g2("t4 next", &t4, more);
    more = yc_send(&t2, 5);
    show_g2("t2 send 5", &t2, more);
    more = yc_next(&t3);
    show_g1("t3 next", &t3, more);
    more = yc_send(&t4, 9);
    show_g2("t4 send 9", &t4, more);
    more = yc_next(&t4);
    show_g2("t4 next", &t4, more);
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    more = yc_gen_next(yc_handle(&t3));
    show_g1("t3 hnext", &t3, more);
    more = yc_send(&t0, -32);
    show_g0("t0 send -32", &t0, more);
    more = yc_gen_next(yc_handle(&t1));
    show_g2("t1 hnext", &t1, more);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t0, k % 5 - 1);
        show_g0("t0 drain", &t0, more);
        if (!more)
            break;
    }
    fin_g0("t0", &t0);
    yc_close(&t0);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t1, k % 5 - 1);
        show_g2("t1 drain", &t1, more);
        if (!more)
            break;
    }
    fin_g2("t1", &t1);
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
        more = yc_next(&t3);
        show_g1("t3 drain", &t3, more);
        if (!more)
            break;
    }
    fin_g1("t3", &t3);
    yc_close(&t3);
    for (int k = 0; k < 300; k++) {
        more = yc_send(&t4, k % 5 - 1);
        show_g2("t4 drain", &t4, more);
        if (!more)
            break;
    }
    fin_g2("t4", &t4);
    yc_close(&t4);
    fin_g1("s1", &s1);
    yc_close(&s1);
    fin_g1("s2", &s2);
    yc_close(&s2);
    fin_g1("s4", &s4);
    yc_close(&s4);
    printf("cnt %d gz %d\n", cnt, gz);
    return 0;
}

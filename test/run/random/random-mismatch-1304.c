// RUN: env YIELDC=%yieldc %python %S/../../../scripts/difftest.py -v --builds=gcc-O2,clang-asan %s | FileCheck %s
// CHECK: random-mismatch-1304.c ok
/* Random generator program (seed 1304); yieldc's output: mismatch in at least one of gcc -O0, gcc -O2, clang -O2, clang -O1 with ASan+UBSan.
 * Expected output (from a stackful reference implementation):
 *   p1 1
 *   p2 5
 *   s0 pre more=1 done=0 v=15.00
 *   p60 -2
 *   p61 5
 *   p62 0
 *   t0 next more=1 done=0 v=5
 *   p75 2
 *   p76 -2
 *   t1 next more=1 done=0 v=4294967288
 *   p1 -2
 *   p2 -2
 *   t2 next more=1 done=0 v=18.00
 *   se 3 5
 *   se 4 1
 *   p5 8
 *   p10 1
 *   t0 next more=1 done=0 v=5
 *   t2 next more=1 done=0 v=-2.00
 *   se 3 -2
 *   se 4 1
 *   p5 1
 *   p10 -2
 *   t2 next more=1 done=0 v=-2.00
 *   p11 1
 *   se 20 1
 *   t2 next more=1 done=0 v=-2.00
 *   p1 -2
 *   p2 2
 *   t1 next more=1 done=0 v=18
 *   p11 1
 *   se 20 1
 *   t0 drain more=1 done=0 v=5
 *   t0 drain more=1 done=0 v=1
 *   se 21 25
 *   se 22 0
 *   t0 drain more=1 done=0 v=0
 *   se 23 1
 *   t0 drain more=1 done=0 v=1
 *   p24 1
 */
/* yieldc differential fuzz program, seed 1304 */
/* features: arrays,close,goto,handles,localtype,loops,loopyield,multidecl,ptrY,ptrsub,recursion,returns,send,shadow,statics,structY,switch,types,uninit,voidY,yexpr,yfrom */
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

generator(double) int g0(int n, long m)
{
    pr(1, n);
    pr(2, m);
    int u1;
    u1 = (m) % 1000;
    struct pt s2 = { (u1 % 4), (m >= n) };
    yield ((16 - n) - ((-4) == s2.a));
    if (f3(13)) {
        if (f2((n == m), ((yield u1), se(3, u1)))) {
            n = se(4, ((n ? gz : m) % 3));
            int v3 = ((((u1 - s2.b) + (n ? 5 : s2.a)) - s2.b)) % 1000;
            pr(5, v3);
        } else {
            int v4 = (n) % 1000;
            int v5 = 26, v6 = (v5 + 1) % 1000, *p7 = &v6;
            pr(6, v4);
            pr(7, v5);
            pr(8, v6);
            pr(9, *p7);
        }
        pr(10, (u1 ? s2.a : 11));
        int u8;
        yield u1;
        u8 = (n) % 1000;
        pr(11, u8);
    } else {
        struct pt *q9 = &s2;
        short v10 = ((((u1 || s2.b) - q9->b) - ((-22) < f3((0 >= q9->b))))) % 1000;
        int w11 = 0;
        while (w11 < 1) {
            w11++;
            int v12 = (f1(((28 * 6) + (q9->a + q9->a)))) % 1000;
            int v13 = 26, v14 = (v13 + 1) % 1000, *p15 = &v14;
            struct lt16_t { int q; int r; } lt16 = { ((10 * 7)) % 1000, 9 };
            pr(12, v12);
            pr(13, v13);
            pr(14, v14);
            pr(15, *p15);
            pr(16, lt16.q * 10 + lt16.r);
        }
        pr(17, q9->a - q9->b);
        pr(18, v10);
        pr(19, w11);
    }
    struct pt *q17 = &s2;
    int v18 = ((se(20, s2.b), ((yield u1), (-(u1 % 2)))) == f3(u1));
    u1 = ((((v18 % 7) % 8) + n)) % 1000;
    int v19 = ((((f3(0) ? s2.b : u1) != 0) && ((yield ((s2.a % 8) != (0 * 6))), se(21, (m * 5)))) && ((yield se(22, v18)), v18));
    q17->b = (-8);
    struct lt20_t { int q; int r; } lt20 = { ((q17->a % 8)) % 1000, 1 };
    static int st21 = 41;
    st21 = (st21 + 5) % 1000;
    int u22;
    yield se(23, q17->a);
    u22 = (((lt20.q - u1) - s2.a)) % 1000;
    pr(24, n);
    pr(25, m);
    pr(26, u1);
    pr(27, s2.a * 1000 + s2.b);
    pr(28, q17->a - q17->b);
    pr(29, v18);
    pr(30, v19);
    pr(31, lt20.q * 10 + lt20.r);
    pr(32, st21);
    pr(33, u22);
    return (!(((yield ((gz - q17->b) ? (22 - 0) : n)), v18) && se(34, (14 == st21))));
}

static generator(double) struct pt g1(int n)
{
    pr(35, n);
    yield (n + 5);
    int u1;
    u1 = (f3((n >= f3(n))) == n);
    for (int i2 = 0; i2 < 3; i2++) {
        for (int i3 = (((yield se(36, 13)), (gz - u1)) != 0); i3 < 3; i3++) {
            int v4 = (n) % 1000;
            struct pt s5 = { (i2 && i2), (n % 7) };
            pr(37, v4);
            pr(38, s5.a * 1000 + s5.b);
        }
        int v6 = ((yield n), (22 % 4));
        yield (i2 && n);
        int v7 = (se(39, ((f3(8) && u1) + v6))) % 1000;
        unsigned char v8 = (i2) % 1000;
        int v9 = (v6 && v6), v10 = (v9 + 1) % 1000, *p11 = &v10;
        yield (-3);
        v7 = (v7) % 1000;
        int v12 = (((((yield se(40, v9)), (v10 * 3)) != 0) ? ((yield se(41, (16 + v9))), ((v6 + 14) ? u1 : f1(14))) : ((yield (i2 - n)), (n - u1)))) % 1000;
        v8 = ((10 % 2) % 9);
        switch (((v10 % 6)) % 4) {
        case 1:
            {
                static int st13 = 38;
                st13 = (st13 + ((u1 ? i2 : v10)) % 1000) % 1000;
                pr(42, st13);
            }
            break;
        case 0:
            yield (-(v7 - v6));
            break;
        default:
            {
                yield se(43, (3 + v7));
            }
            break;
        case 2:
            ((v7 * 5) != 0) ? (yield v10) : (yield ((-u1) ? f1(v6) : (v12 * 6)));
            /* fallthrough */
        case -1:
            if (v6)
                continue;
            break;
        }
        short v14 = (n) % 1000;
        int *p15 = &n;
        pr(44, v6);
        pr(45, v7);
        pr(46, v8);
        pr(47, v9);
        pr(48, v10);
        pr(49, *p11);
        pr(50, v12);
        pr(51, v14);
        pr(52, *p15);
    }
    switch ((((yield n), u1) - n)) {
    case -1:
        u1 -= 13;
        u1 = u1 % 1000;
        break;
    case 5:
        u1 -= f3(u1);
        u1 = u1 % 1000;
        break;
    }
    int v16 = (((-n) + (f3(5) ? 23 : ((yield n), n)))) % 1000;
    struct pt s17 = { .b = ((0 - v16)) % 1000, .a = (12 + 27) };
    s17.b ? (yield u1) : (yield f3((v16 || u1)));
    int *p18 = &u1;
    int v19 = 9;
    yield se(53, (u1 || n));
    pr(54, n);
    pr(55, u1);
    pr(56, v16);
    pr(57, s17.a * 1000 + s17.b);
    pr(58, *p18);
    pr(59, v19);
    return (struct pt){ (s17.a % 3), (f3(v19)) % 1000 };
}

generator(int, short) void g2(int n, int m, struct g0 *sp)
{
    pr(60, n);
    pr(61, m);
    pr(62, (long long)yc_done(sp));
    pr(63, (yield from sp));
    switch (((-(gz + m))) % 4) {
    default:
        {
            if (se(64, 15)) {
                int v1 = (f1(m)) % 1000;
                pr(65, v1);
            } else if (f3((-2))) {
                int v2 = ((yield from sp) + n) % 1000;
                pr(66, v2);
            } else if (((se(67, f3(n)), (yield (((m ? 18 : gz) != 0) ? m : 8))) % 6)) {
                int (*fp3)(int) = f1;
                pr(68, fp3(8));
            }
        }
        /* fallthrough */
    case 2:
        if ((((yield (-13)) % 5) < n)) {
            yield f1(n);
        }
        pr(69, (f3((m || m)) < m));
        break;
    }
    yield se(70, f3(n));
    yield ((21 == m) * 5);
    struct pt s4 = { ((m + 2)) % 1000, 30 };
    s4 = (struct pt){ ((f3(12) ? n : m)) % 1000, ((16 + m)) % 1000 };
    s4.b = (((-(-n)) - (m - n))) % 1000;
    _Bool bo5 = f3((f3((n <= s4.a)) > (m * 5))) > 3;
    n = (((s4.a == 11) && (yield ((yield m)) % 1000)) * 4);
    pr(71, n);
    pr(72, m);
    pr(73, s4.a * 1000 + s4.b);
    pr(74, bo5);
}

generator(unsigned, short) int g3(int n, int m)
{
    pr(75, n);
    pr(76, m);
    switch ((((n - n) + (n ? m : m))) % 4) {
    default:
        yield (-(n * 4));
        /* fallthrough */
    case 5:
        {
            short v1 = ((yield from g0((m) % 5, (f1(7)) % 5))) % 1000;
            pr(77, v1);
        }
        break;
    case 2:
        {
            int v2 = (m) % 1000;
            pr(78, v2);
        }
        /* fallthrough */
    case 3:
        n = ((f3((n ? n : n)) - (((n * 2) != 0) ? m : m))) % 1000;
        break;
    }
    n -= ((-3) % 4);
    n = n % 1000;
    pr(79, (yield from g0(((m + n)) % 5, (m) % 5)));
    printf("arg %d\n", (int)(yield from g0(((m ? m : m)) % 5, ((m || m)) % 5)));
    if (((m ? (n % 3) : (m - m)) != 0)) {
        struct pt s3 = { (f3(n)) % 1000, ((m * 5)) % 1000 };
        pr(80, s3.a * 1000 + s3.b);
    }
    if (f3(18)) {
        m = (((f3(17) ? 30 : m) + (m ? 5 : m)) % 3);
    } else {
        _Bool bo4 = f1((m + 29)) > 3;
        pr(81, bo4);
    }
    n = ((((m + n) != (m * 5)) + (m - (-n)))) % 1000;
    m = (n) % 1000;
    pr(82, n);
    pr(83, m);
    return (0 > f3((15 <= f3(12))));
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
    printf(" v=%.2f", yc_value(g));
    printf("\n");
}
static __attribute__((unused)) void fin_g1(const char *who, struct g1 *g)
{
    printf("%s fin done=%d", who, (int)yc_done(g));
    printf(" r=%d,%d", yc_result(g).a, yc_result(g).b);
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

static __attribute__((unused)) void show_g3(const char *who, struct g3 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%lld", (long long)yc_value(g));
    printf("\n");
}
static __attribute__((unused)) void fin_g3(const char *who, struct g3 *g)
{
    printf("%s fin done=%d", who, (int)yc_done(g));
    printf(" r=%lld", (long long)yc_result(g));
    printf("\n");
}

int main(void)
{
    int more;
    (void)more;
    struct g0 s0 = g0(1, 5);
    more = yc_next(&s0);
    show_g0("s0 pre", &s0, more);
    struct g2 t0 = g2(-2, 5, &s0);
    struct g3 t1 = g3(2, -2);
    struct g0 t2 = g0(-2, -2);
    struct g1 t3 = g1(4);
    more = yc_next(&t0);
    show_g2("t0 next", &t0, more);
    more = yc_next(&t1);
    show_g3("t1 next", &t1, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_next(&t0);
    show_g2("t0 next", &t0, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_next(&t1);
    show_g3("t1 next", &t1, more);
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
        show_g3("t1 drain", &t1, more);
        if (!more)
            break;
    }
    fin_g3("t1", &t1);
    yc_close(&t1);
    for (int k = 0; k < 300; k++) {
        more = yc_next(&t2);
        show_g0("t2 drain", &t2, more);
        if (!more)
            break;
    }
    fin_g0("t2", &t2);
    yc_close(&t2);
    for (int k = 0; k < 300; k++) {
        more = yc_next(&t3);
        show_g1("t3 drain", &t3, more);
        if (!more)
            break;
    }
    fin_g1("t3", &t3);
    yc_close(&t3);
    fin_g0("s0", &s0);
    yc_close(&s0);
    printf("cnt %d gz %d\n", cnt, gz);
    return 0;
}

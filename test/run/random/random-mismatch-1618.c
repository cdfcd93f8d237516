// RUN: env YIELDC=%yieldc %python %S/../../../scripts/difftest.py -v --builds=gcc-O2,clang-asan %s | FileCheck %s
// CHECK: random-mismatch-1618.c ok
/* Random generator program (seed 1618); yieldc's output: mismatch in at least one of gcc -O0, gcc -O2, clang -O2, clang -O1 with ASan+UBSan.
 * Expected output (from a stackful reference implementation):
 *   p1 -2
 *   p2 2
 *   t2 send -3 more=1 done=0 v=0.00
 *   t2 next more=1 done=0 v=1.00
 *   p15 19
 *   p16 45
 *   p17 34
 *   p18 -70
 *   p19 3
 *   cleanup-l 3
 *   cleanup-l 34
 *   t2 next more=1 done=0 v=-6.00
 *   p1 -2
 *   p2 1
 *   t1 send -55 more=1 done=0 v=0.00
 *   close t0
 *   t0 fin done=1
 *   t1 next more=1 done=0 v=1.00
 *   t2 send 2 more=1 done=0 v=2.00
 *   p15 19
 *   p16 49
 *   p17 34
 *   p18 -70
 *   p19 3
 *   cleanup-l 3
 *   cleanup-l 34
 *   t2 next more=1 done=0 v=-7.00
 *   p15 19
 *   p16 49
 *   p17 34
 *   p18 -70
 *   p19 3
 *   cleanup-l 3
 *   cleanup-l 34
 *   t1 hnext more=1 done=0 v=-6.00
 *   t2 send 12 more=1 done=0 v=3.00
 *   t0 send 10 more=0 done=1 v=0.00
 *   p15 19
 *   p16 51
 *   p17 34
 */
/* yieldc differential fuzz program, seed 1618 */
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

static generator(double, long) void g0(int n, long m)
{
    pr(1, n);
    pr(2, m);
    int *p1 = &n;
    yield (28 >= f3(29));
    for (int i2 = 0; i2 < 0; i2 += 1 + ((yield *p1) != 0)) {
        int v3 = (yield ((-i2) <= f3(7)));
        int v4 = (22 * 6), v5 = (v4 + 1) % 1000, *p6 = &v5;
        int v7 = (se(3, (((v4 ? i2 : i2) != 0) ? (9 - *p6) : (*p1 - v3)))) % 1000;
        int v8 = (se(4, ((v7 && v4) ? 14 : (i2 && *p1)))) % 1000;
        yield (v3 * 2);
        int d9 = 0;
        do {
            d9++;
            int (*fp10)(int) = f1;
            if (v3) {
                if (fp10(*p1))
                    return;
            } else if (*p1) {
                __attribute__((cleanup(say))) int c11 = (v7) % 1000;
                pr(5, c11);
            } else if (v4) {
                pr(6, fp10((f3(29) ? n : i2)));
            } else {
                (void)((yield (((yield ((v4 % 7) * 6)) || ((n * 6) != 0))) % 1000) < v5);
            }
            pr(7, fp10(1));
        } while (d9 < 1);
        pr(8, v3);
        pr(9, v4);
        pr(10, v5);
        pr(11, *p6);
        pr(12, v7);
        pr(13, v8);
        pr(14, d9);
    }
    __attribute__((cleanup(say))) int c12 = (((n + n) ? n : f1(16))) % 1000;
    int d13 = 0;
    do {
        d13++;
        static int st14 = 43;
        st14 = (st14 + ((-c12)) % 1000) % 1000;
        __attribute__((cleanup(say_l))) long c15 = (((st14 ? 17 : st14) * 2)) % 1000;
        int v16 = ((f3(n) ? f2(((-1) - c15), (yield d13)) : *p1)) % 1000;
        __attribute__((cleanup(say_l))) long c17 = (f3((c12 * 4))) % 1000;
        pr(15, 19);
        pr(16, st14);
        pr(17, c15);
        pr(18, v16);
        pr(19, c17);
    } while (d13 < 4 && (((yield (f1(*p1) - d13)) ? f1(d13) : ((d13 + n) - (d13 == *p1))) != 0));
    unsigned char v18 = ((se(20, (gz - d13)), (yield (19 - c12))) % 7);
    int v19 = (9 % 4), v20 = (v19 + 1) % 1000, *p21 = &v20;
    yield (*p1 + (-m));
    pr(21, n);
    pr(22, m);
    pr(23, *p1);
    pr(24, c12);
    pr(25, d13);
    pr(26, v18);
    pr(27, v19);
    pr(28, v20);
    pr(29, *p21);
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
    printf("\n");
}

int main(void)
{
    int more;
    (void)more;
    struct g0 t0 = g0(-2, 5);
    struct g0 t1 = g0(-2, 1);
    struct g0 t2 = g0(-2, 2);
    more = yc_send(&t2, -3);
    show_g0("t2 send -3", &t2, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_send(&t1, -55);
    show_g0("t1 send -55", &t1, more);
    printf("close t0\n");
    yc_close(&t0);
    fin_g0("t0", &t0);
    more = yc_next(&t1);
    show_g0("t1 next", &t1, more);
    more = yc_send(&t2, 2);
    show_g0("t2 send 2", &t2, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_gen_next(yc_handle(&t1));
    show_g0("t1 hnext", &t1, more);
    more = yc_send(&t2, 12);
    show_g0("t2 send 12", &t2, more);
    more = yc_send(&t0, 10);
    show_g0("t0 send 10", &t0, more);
    more = yc_send(&t2, 6);
    show_g0("t2 send 6", &t2, more);
    more = yc_gen_next(yc_handle(&t1));
    show_g0("t1 hnext", &t1, more);
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
    more = yc_send(&t1, 10);
    show_g0("t1 send 10", &t1, more);
    more = yc_gen_next(yc_handle(&t0));
    show_g0("t0 hnext", &t0, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_next(&t2);
    show_g0("t2 next", &t2, more);
    more = yc_next(&t0);
    show_g0("t0 next", &t0, more);
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
        show_g0("t1 drain", &t1, more);
        if (!more)
            break;
    }
    fin_g0("t1", &t1);
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

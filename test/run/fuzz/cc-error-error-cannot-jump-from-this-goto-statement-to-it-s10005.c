/* Reduced random program (test/fuzz, seed 10005): cc-error in the clang-O0 build.
 * signature: cc-error: error: cannot jump from this goto statement to its label
 * features: arrays,cleanup,cleanupmacro,decls,goto,localtype,send,statics,types,ycomma,ycond,yexpr,yfromptr
 * reduced in 270 tests, 128 s; what went wrong:
 *   /tmp/ycreduce-10005-591qkjlq/prog.c:72:13: error: cannot jump from this goto statement to its label
 *       case 1: goto yc_resume_1;
 *               ^
 *   /tmp/ycreduce-10005-591qkjlq/prog.c:28:27: note: jump bypasses initialization of variable with __attribute__((cleanup))
 *       AUTO_say_pt struct pt c20 = { 12, x1 };
 *                             ^
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: p56 1
// CHECK-NEXT: se 58 2
// CHECK-NEXT: p59 2
// CHECK-NEXT: cleanup-pt 12 2
// CHECK-NEXT: t3 next more=0 done=1 v=-1
// CHECK-NEXT: cnt 1
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

struct pt { int a; int b; };
typedef int (*fn_t)(int);
static int cnt;
static __attribute__((unused)) void say_pt(struct pt *p) { printf("cleanup-pt %d %d\n", p->a, p->b); }
static __attribute__((unused)) int se(int tag, int v) { cnt++; printf("se %d %d\n", tag, v); return v; }
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static __attribute__((unused)) int f3(int x) { return (x + 11) % 1000; }
#define AUTO_say_pt __attribute__((cleanup(say_pt)))

static generator(fn_t, short) struct pt g3(int dp, long x0)
{
    int a1[4] = { 10, 19, 0, 3 };
    struct lt2_t { int q; int r; } lt2 = { dp, 5 };
    long v4 = f3(0);
    if (f3((a1[0] && x0) >= (lt2.r >= v4)))
    {
    }
}

static generator(fn_t) struct pt g2(int dp, unsigned char x0, short x1, struct g3 *src)
{
    AUTO_say_pt struct pt c20 = { 12, x1 };
    int u31;
    pr(56, x0 != dp);
    u31 = se(58, c20.b);
    pr(59, u31);
    yield from src;
}

static __attribute__((unused)) void show_g2(const char *who, struct g2 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%d", yc_value(g) ? yc_value(g)(5) : -1);
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g3 t2 = g3(0, 2);
    int c2 = 0;
    (void)c2;
    struct g2 t3 = g2(0, -2, 2, &t2);
    int c3 = 0;
    (void)c3;
    more = yc_next(&t3);
    show_g2("t3 next", &t3, more);
    printf("cnt %d\n", cnt);
    return 0;
}

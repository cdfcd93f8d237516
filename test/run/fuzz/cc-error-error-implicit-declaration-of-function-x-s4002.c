/* Reduced random program (test/fuzz, seed 4002): cc-error in the gcc-O0 build.
 * signature: cc-error: error: implicit declaration of function 'X'
 * features: localtype,returns,send,yexpr,ymacro,ynested
 * reduced in 76 tests, 45 s; what went wrong:
 *   /tmp/ycreduce-4002-yuget0xx/prog.c: In function ‘g1__body’:
 *   /tmp/ycreduce-4002-yuget0xx/prog.out.c:8:24: error: implicit declaration of function ‘yield’ [-Werror=implicit-function-declaration]
 *       8 | #define YIELD2(v) do { yield (v); yield (v) + 1; } while (0)
 *         |                        ^~~~~
 *   /tmp/ycreduce-4002-yuget0xx/prog.c:13:5: note: in expansion of macro ‘YIELD2’
 *      13 |     YIELD2(x1);
 * Expected output (the reference, test/fuzz/ycref.h): the CHECK lines. */
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: t1 next more=1 done=0 v=1
// CHECK-NEXT: cnt 0
// CHECK-NOT: {{.}}
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

static int cnt;
#define YIELD2(v) do { yield (v); yield (v) + 1; } while (0)

generator(int) void g1(int dp, short x0, int x1)
{
    x1 = 0 + (dp > x0);
    YIELD2(x1);
}

static __attribute__((unused)) void show_g1(const char *who, struct g1 *g, int more)
{
    printf("%s more=%d done=%d", who, more, (int)yc_done(g));
    printf(" v=%lld", (long long)yc_value(g));
    printf("\n");
}
int main(void)
{
    int more;
    (void)more;
    struct g1 t1 = g1(1, 0, 3);
    int c1 = 0;
    (void)c1;
    more = yc_next(&t1);
    show_g1("t1 next", &t1, more);
    printf("cnt %d\n", cnt);
    return 0;
}

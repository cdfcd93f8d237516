// The user's macros inside generator bodies: assert, a MIN(a,b) macro, a macro whose body names a local variable, and a multi-statement macro, around yields.
// RUN: %check-run %s %t | FileCheck %s
#include <assert.h>
#include <stdio.h>
#include <yieldc.h>

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define LOG() printf("i=%d\n", i)
#define BUMP(v) do { (v) += 1; (v) *= 2; } while (0)
#define LIMIT 3

#ifndef YC__HGEN_macros
struct macros {
    unsigned char yc_state;  /* 0: not started, 1..2: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 12 */
    int acc;  /* local 'acc', line 14 */
    int i;  /* local 'i', line 15 */
    int i_2;  /* local 'i', line 22 */
};
#endif
struct macros macros(int n);
bool macros__next(struct macros *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type macros__send(struct macros *, ...);
void macros__close(struct macros *yc_f);
const struct yc_kind *macros__kind(void);
#ifdef YC__HGEN_macros
#define YC__LGEN_macros(op)
#else
#define YC__LGEN_macros(op) struct macros *: macros__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_macros(op)
struct macros macros(int n)
{
    return (struct macros){ .yc_state = 0, .n = n };
}
bool macros__next(struct macros *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "macros")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    default: return false;
    }
#line 13 "/work/main/test/run/user-macros.c"
{
    int acc = 0;
    for (int i = 0; i < MIN(n, LIMIT); i++) {
        LOG();
        assert(i < LIMIT);
        { yc_f->yc_value = (MIN(i * 10, 15)); yc_f->n = n; yc_f->acc = acc; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; acc = yc_f->acc; i = yc_f->i;  }
        LOG();
        BUMP(acc);
    }
    int i = 42;
    LOG();
    { yc_f->yc_value = (i); yc_f->n = n; yc_f->acc = acc; yc_f->i_2 = i; yc_f->yc_state = 2; return true; yc_resume_2:; acc = yc_f->acc; i = yc_f->i_2;  }
    assert(i == 42 && "i survives a yield");
    LOG();
    return yc_f->yc_result = (MIN(acc, 100)), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void macros__close(struct macros *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, macros)
#line 28 "/work/main/test/run/user-macros.c"
 

int main(void)
{
    struct macros g = macros(5);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK: i=0
    // CHECK-NEXT: value 0
    // CHECK-NEXT: i=0
    // CHECK-NEXT: i=1
    // CHECK-NEXT: value 10
    // CHECK-NEXT: i=1
    // CHECK-NEXT: i=2
    // CHECK-NEXT: value 15
    // CHECK-NEXT: i=2
    // CHECK-NEXT: i=42
    // CHECK-NEXT: value 42
    // CHECK-NEXT: i=42
    // CHECK-NEXT: result 14
    printf("result %d\n", yc_result(&g));
    return 0;
}

// A counting generator: yielded values in order, the result, done, and
// yc_next after the end running nothing.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int body_runs;

#ifndef YC__HGEN_count
struct count {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 9 */
    int total;  /* local 'total', line 11 */
    int i;  /* local 'i', line 13 */
};
#endif
struct count count(int n);
bool count__next(struct count *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type count__send(struct count *, ...);
void count__close(struct count *yc_f);
const struct yc_kind *count__kind(void);
#ifdef YC__HGEN_count
#define YC__LGEN_count(op)
#else
#define YC__LGEN_count(op) struct count *: count__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_count(op)
struct count count(int n)
{
    return (struct count){ .yc_state = 0, .n = n };
}
bool count__next(struct count *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "count")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 10 "/work/main/test/run/count-basic.c"
{
    int total = 0;
    body_runs++;
    for (int i = 0; i < n; i++) {
        { yc_f->yc_value = (i); yc_f->n = n; yc_f->total = total; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; total = yc_f->total; i = yc_f->i;  }
        total += i;
    }
    return yc_f->yc_result = (total), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void count__close(struct count *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, count)
#line 18 "/work/main/test/run/count-basic.c"
 

int main(void)
{
    struct count g = count(4);
    // CHECK: fresh done=0 value=0 result=0 runs=0
    printf("fresh done=%d value=%d result=%d runs=%d\n", yc_done(&g), yc_value(&g), yc_result(&g), body_runs);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK-NEXT: value 0
    // CHECK-NEXT: value 1
    // CHECK-NEXT: value 2
    // CHECK-NEXT: value 3
    // CHECK-NEXT: result 6 done 1
    printf("result %d done %d\n", yc_result(&g), yc_done(&g));
    // CHECK-NEXT: again 0 runs 1
    printf("again %d runs %d\n", yc_next(&g), body_runs);
    return 0;
}

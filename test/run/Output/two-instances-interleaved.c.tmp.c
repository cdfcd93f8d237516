// Two instances of the same generator driven alternately keep fully independent state (locals, parameters, position).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_ramp
struct ramp {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int start;  /* parameter 'start', line 6 */
    int step;  /* parameter 'step', line 6 */
    int n;  /* parameter 'n', line 6 */
    int v;  /* local 'v', line 8 */
    int sum;  /* local 'sum', line 9 */
    int i;  /* local 'i', line 10 */
};
#endif
struct ramp ramp(int start, int step, int n);
bool ramp__next(struct ramp *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type ramp__send(struct ramp *, ...);
void ramp__close(struct ramp *yc_f);
const struct yc_kind *ramp__kind(void);
#ifdef YC__HGEN_ramp
#define YC__LGEN_ramp(op)
#else
#define YC__LGEN_ramp(op) struct ramp *: ramp__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_ramp(op)
struct ramp ramp(int start, int step, int n)
{
    return (struct ramp){ .yc_state = 0, .start = start, .step = step, .n = n };
}
bool ramp__next(struct ramp *yc_f)
{
    int start = yc_f->start;
    int step = yc_f->step;
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "ramp")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 7 "/work/main/test/run/two-instances-interleaved.c"
{
    int v = start;
    int sum = 0;
    for (int i = 0; i < n; i++) {
        { yc_f->yc_value = (v); yc_f->start = start; yc_f->step = step; yc_f->n = n; yc_f->v = v; yc_f->sum = sum; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; v = yc_f->v; sum = yc_f->sum; i = yc_f->i;  }
        sum += v;
        v += step;
    }
    return yc_f->yc_result = (sum), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void ramp__close(struct ramp *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, ramp)
#line 16 "/work/main/test/run/two-instances-interleaved.c"
 

int main(void)
{
    struct ramp a = ramp(0, 1, 3);
    struct ramp b = ramp(100, -10, 5);
    int turn = 0;
    bool more_a = true, more_b = true;
    while (more_a || more_b) {
        if (turn++ % 2 == 0) {
            if (more_a && (more_a = yc_next(&a)))
                printf("a %d\n", yc_value(&a));
        } else {
            if (more_b && (more_b = yc_next(&b)))
                printf("b %d\n", yc_value(&b));
        }
    }
    // CHECK: a 0
    // CHECK-NEXT: b 100
    // CHECK-NEXT: a 1
    // CHECK-NEXT: b 90
    // CHECK-NEXT: a 2
    // CHECK-NEXT: b 80
    // CHECK-NEXT: b 70
    // CHECK-NEXT: b 60
    printf("results %d %d\n", yc_result(&a), yc_result(&b));
    // CHECK-NEXT: results 3 400
    return 0;
}

// Yields inside while loops: a countdown, a nested while, and a while(1) left by return.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_countdown
struct countdown {
    unsigned char yc_state;  /* 0: not started, 1..3: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int steps;  /* local 'steps', line 8 */
    int a;  /* local 'a', line 14 */
    int b;  /* local 'b', line 16 */
};
#endif
struct countdown countdown(int n);
bool countdown__next(struct countdown *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type countdown__send(struct countdown *, ...);
void countdown__close(struct countdown *yc_f);
const struct yc_kind *countdown__kind(void);
#ifdef YC__HGEN_countdown
#define YC__LGEN_countdown(op)
#else
#define YC__LGEN_countdown(op) struct countdown *: countdown__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_countdown(op)
struct countdown countdown(int n)
{
    return (struct countdown){ .yc_state = 0, .n = n };
}
bool countdown__next(struct countdown *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "countdown")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    default: return false;
    }
#line 7 "/work/main/test/run/while-loop.c"
{
    int steps = 0;
    while (n > 0) {
        { yc_f->yc_value = (n); yc_f->n = n; yc_f->steps = steps; yc_f->yc_state = 1; return true; yc_resume_1:; steps = yc_f->steps;  }
        n--;
        steps++;
    }
    int a = 0;
    while (a < 2) {
        int b = 0;
        while (b < 2) {
            { yc_f->yc_value = (a * 10 + b); yc_f->n = n; yc_f->steps = steps; yc_f->a = a; yc_f->b = b; yc_f->yc_state = 2; return true; yc_resume_2:; steps = yc_f->steps; a = yc_f->a; b = yc_f->b;  }
            b++;
        }
        a++;
    }
    while (1) {
        { yc_f->yc_value = (99); yc_f->n = n; yc_f->steps = steps; yc_f->a = a; yc_f->yc_state = 3; return true; yc_resume_3:; steps = yc_f->steps; a = yc_f->a;  }
        steps += 100;
        if (steps > 150)
            return yc_f->yc_result = (steps), YC_FINISH(yc_f);
    }
}
    return YC_FINISH(yc_f);
}
void countdown__close(struct countdown *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, countdown)
#line 29 "/work/main/test/run/while-loop.c"
 

int main(void)
{
    struct countdown g = countdown(3);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK: value 3
    // CHECK-NEXT: value 2
    // CHECK-NEXT: value 1
    // CHECK-NEXT: value 0
    // CHECK-NEXT: value 1
    // CHECK-NEXT: value 10
    // CHECK-NEXT: value 11
    // CHECK-NEXT: value 99
    // CHECK-NEXT: value 99
    // CHECK-NEXT: result 203 done 1
    printf("result %d done %d\n", yc_result(&g), yc_done(&g));
    return 0;
}

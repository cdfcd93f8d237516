// Yields inside for loops: a declaration in the init clause, an outer-scope counter, an empty-clause for(;;) left by break.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_squares
struct squares {
    unsigned char yc_state;  /* 0: not started, 1..3: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int sum;  /* local 'sum', line 8 */
    int i;  /* local 'i', line 9 */
    int j;  /* local 'j', line 13 */
};
#endif
struct squares squares(int n);
bool squares__next(struct squares *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type squares__send(struct squares *, ...);
void squares__close(struct squares *yc_f);
const struct yc_kind *squares__kind(void);
#ifdef YC__HGEN_squares
#define YC__LGEN_squares(op)
#else
#define YC__LGEN_squares(op) struct squares *: squares__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_squares(op)
struct squares squares(int n)
{
    return (struct squares){ .yc_state = 0, .n = n };
}
bool squares__next(struct squares *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "squares")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    default: return false;
    }
#line 7 "/work/main/test/run/for-loop.c"
{
    int sum = 0;
    for (int i = 1; i <= n; i++) {
        { yc_f->yc_value = (i * i); yc_f->n = n; yc_f->sum = sum; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; sum = yc_f->sum; i = yc_f->i;  }
        sum += i * i;
    }
    int j = yc_f->j;
    for (j = 10; j > 7; j -= 2)
        { yc_f->yc_value = (j); yc_f->n = n; yc_f->sum = sum; yc_f->j = j; yc_f->yc_state = 2; return true; yc_resume_2:; sum = yc_f->sum; j = yc_f->j;  }
    for (;;) {
        { yc_f->yc_value = (-1); yc_f->n = n; yc_f->sum = sum; yc_f->j = j; yc_f->yc_state = 3; return true; yc_resume_3:; sum = yc_f->sum; j = yc_f->j;  }
        if (++j > 10)
            break;
    }
    return yc_f->yc_result = (sum + j), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void squares__close(struct squares *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, squares)
#line 22 "/work/main/test/run/for-loop.c"
 

int main(void)
{
    struct squares g = squares(3);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK: value 1
    // CHECK-NEXT: value 4
    // CHECK-NEXT: value 9
    // CHECK-NEXT: value 10
    // CHECK-NEXT: value 8
    // CHECK-NEXT: value -1
    // CHECK-NEXT: value -1
    // CHECK-NEXT: value -1
    // CHECK-NEXT: value -1
    // CHECK-NEXT: value -1
    // CHECK-NEXT: result 25 done 1
    printf("result %d done %d\n", yc_result(&g), yc_done(&g));
    return 0;
}

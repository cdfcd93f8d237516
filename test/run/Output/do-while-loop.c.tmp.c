// Yields inside do-while loops: the body runs once even when the condition is false at the start, and continue goes to the condition.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_dowhile
struct dowhile {
    unsigned char yc_state;  /* 0: not started, 1..3: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int k;  /* local 'k', line 8 */
    int once;  /* local 'once', line 13 */
    int m;  /* local 'm', line 18 */
};
#endif
struct dowhile dowhile(int n);
bool dowhile__next(struct dowhile *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type dowhile__send(struct dowhile *, ...);
void dowhile__close(struct dowhile *yc_f);
const struct yc_kind *dowhile__kind(void);
#ifdef YC__HGEN_dowhile
#define YC__LGEN_dowhile(op)
#else
#define YC__LGEN_dowhile(op) struct dowhile *: dowhile__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_dowhile(op)
struct dowhile dowhile(int n)
{
    return (struct dowhile){ .yc_state = 0, .n = n };
}
bool dowhile__next(struct dowhile *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "dowhile")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    default: return false;
    }
#line 7 "/work/main/test/run/do-while-loop.c"
{
    int k = 0;
    do {
        { yc_f->yc_value = (100 + k); yc_f->n = n; yc_f->k = k; yc_f->yc_state = 1; return true; yc_resume_1:; k = yc_f->k;  }
        k++;
    } while (k < n);
    int once = 0;
    do {
        { yc_f->yc_value = (200); yc_f->n = n; yc_f->k = k; yc_f->once = once; yc_f->yc_state = 2; return true; yc_resume_2:; k = yc_f->k; once = yc_f->once;  }
        once++;
    } while (0);
    int m = 0;
    do {
        m++;
        if (m % 2)
            continue;
        { yc_f->yc_value = (300 + m); yc_f->n = n; yc_f->k = k; yc_f->once = once; yc_f->m = m; yc_f->yc_state = 3; return true; yc_resume_3:; k = yc_f->k; once = yc_f->once; m = yc_f->m;  }
    } while (m < 5);
    return yc_f->yc_result = (k * 100 + once * 10 + m), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void dowhile__close(struct dowhile *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, dowhile)
#line 26 "/work/main/test/run/do-while-loop.c"
 

int main(void)
{
    struct dowhile g = dowhile(3);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK: value 100
    // CHECK-NEXT: value 101
    // CHECK-NEXT: value 102
    // CHECK-NEXT: value 200
    // CHECK-NEXT: value 302
    // CHECK-NEXT: value 304
    // CHECK-NEXT: result 315 done 1
    printf("result %d done %d\n", yc_result(&g), yc_done(&g));

    struct dowhile z = dowhile(0);
    while (yc_next(&z))
        printf("zero %d\n", yc_value(&z));
    // CHECK-NEXT: zero 100
    // CHECK-NEXT: zero 200
    // CHECK-NEXT: zero 302
    // CHECK-NEXT: zero 304
    // CHECK-NEXT: result 115
    printf("result %d\n", yc_result(&z));
    return 0;
}

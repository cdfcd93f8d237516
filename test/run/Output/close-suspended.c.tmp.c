// yc_close on a suspended generator: it is done afterwards, yc_next returns false and runs nothing, the result stays zero; closing a fresh or finished one is harmless.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int ran;

#ifndef YC__HGEN_worker
struct worker {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 8 */
    int i;  /* local 'i', line 10 */
};
#endif
struct worker worker(int n);
bool worker__next(struct worker *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type worker__send(struct worker *, ...);
void worker__close(struct worker *yc_f);
const struct yc_kind *worker__kind(void);
#ifdef YC__HGEN_worker
#define YC__LGEN_worker(op)
#else
#define YC__LGEN_worker(op) struct worker *: worker__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_worker(op)
struct worker worker(int n)
{
    return (struct worker){ .yc_state = 0, .n = n };
}
bool worker__next(struct worker *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "worker")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 9 "/work/main/test/run/close-suspended.c"
{
    for (int i = 0; i < n; i++) {
        ran++;
        { yc_f->yc_value = (i); yc_f->n = n; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  }
    }
    ran += 100;
    return yc_f->yc_result = (42), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void worker__close(struct worker *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, worker)
#line 16 "/work/main/test/run/close-suspended.c"
 

int main(void)
{
    struct worker g = worker(5);
    yc_next(&g);
    yc_next(&g);
    printf("value %d ran %d done %d\n", yc_value(&g), ran, yc_done(&g));
    // CHECK: value 1 ran 2 done 0
    yc_close(&g);
    printf("closed done %d ran %d result %d\n", yc_done(&g), ran, yc_result(&g));
    // CHECK-NEXT: closed done 1 ran 2 result 0
    bool more = yc_next(&g);
    printf("next %d ran %d done %d result %d\n", more, ran, yc_done(&g), yc_result(&g));
    // CHECK-NEXT: next 0 ran 2 done 1 result 0
    yc_close(&g);
    printf("closed again done %d ran %d\n", yc_done(&g), ran);
    // CHECK-NEXT: closed again done 1 ran 2

    struct worker fresh = worker(5);
    yc_close(&fresh);
    more = yc_next(&fresh);
    printf("fresh closed next %d done %d ran %d\n", more, yc_done(&fresh), ran);
    // CHECK-NEXT: fresh closed next 0 done 1 ran 2

    struct worker fin = worker(0);
    more = yc_next(&fin);
    yc_close(&fin);
    printf("finished next %d done %d result %d ran %d\n", more, yc_done(&fin), yc_result(&fin), ran);
    // CHECK-NEXT: finished next 0 done 1 result 42 ran 102
    return 0;
}

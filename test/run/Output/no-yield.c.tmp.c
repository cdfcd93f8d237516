// A generator with no yield at all: constructing it runs nothing, the first yc_next runs the whole body and returns false.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int runs;

#ifndef YC__HGEN_plain
struct plain {
    unsigned char yc_state;  /* 0: not started, 1..0: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int a;  /* parameter 'a', line 8 */
    int b;  /* parameter 'b', line 8 */
};
#endif
struct plain plain(int a, int b);
bool plain__next(struct plain *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type plain__send(struct plain *, ...);
void plain__close(struct plain *yc_f);
const struct yc_kind *plain__kind(void);
#ifdef YC__HGEN_plain
#define YC__LGEN_plain(op)
#else
#define YC__LGEN_plain(op) struct plain *: plain__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_plain(op)
struct plain plain(int a, int b)
{
    return (struct plain){ .yc_state = 0, .a = a, .b = b };
}
bool plain__next(struct plain *yc_f)
{
    int a = yc_f->a;
    int b = yc_f->b;
    switch (YC__ENTER(yc_f, "plain")) {
    case 0: break;
    default: return false;
    }
#line 9 "/work/main/test/run/no-yield.c"
{
    runs++;
    printf("body runs with %d %d\n", a, b);
    return yc_f->yc_result = (a * b), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void plain__close(struct plain *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, plain)
#line 13 "/work/main/test/run/no-yield.c"
 

int main(void)
{
    struct plain g = plain(6, 7);
    printf("created runs %d done %d result %d value %d\n", runs, yc_done(&g), yc_result(&g), yc_value(&g));
    // CHECK: created runs 0 done 0 result 0 value 0
    bool more = yc_next(&g);
    // CHECK-NEXT: body runs with 6 7
    printf("next %d runs %d done %d result %d value %d\n", more, runs, yc_done(&g), yc_result(&g), yc_value(&g));
    // CHECK-NEXT: next 0 runs 1 done 1 result 42 value 0
    more = yc_next(&g);
    printf("again %d runs %d result %d\n", more, runs, yc_result(&g));
    // CHECK-NEXT: again 0 runs 1 result 42
    return 0;
}

// yc_next after the end (by return, by falling off the end) returns false every time and runs nothing; value and result stay as they were.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int effects;

#ifndef YC__HGEN_short_lived
struct short_lived {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
};
#endif
struct short_lived short_lived(void);
bool short_lived__next(struct short_lived *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type short_lived__send(struct short_lived *, ...);
void short_lived__close(struct short_lived *yc_f);
const struct yc_kind *short_lived__kind(void);
#ifdef YC__HGEN_short_lived
#define YC__LGEN_short_lived(op)
#else
#define YC__LGEN_short_lived(op) struct short_lived *: short_lived__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_short_lived(op)
struct short_lived short_lived(void)
{
    return (struct short_lived){ .yc_state = 0 };
}
bool short_lived__next(struct short_lived *yc_f)
{
    switch (YC__ENTER(yc_f, "short_lived")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 9 "/work/main/test/run/next-after-end.c"
{
    effects++;
    { yc_f->yc_value = (7); yc_f->yc_state = 1; return true; yc_resume_1:;  }
    effects++;
    return yc_f->yc_result = (9), YC_FINISH(yc_f);
    effects += 1000;
}
    return YC_FINISH(yc_f);
}
void short_lived__close(struct short_lived *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, short_lived)
#line 15 "/work/main/test/run/next-after-end.c"
 

#ifndef YC__HGEN_falls
struct falls {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
};
#endif
struct falls falls(void);
bool falls__next(struct falls *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type falls__send(struct falls *, ...);
void falls__close(struct falls *yc_f);
const struct yc_kind *falls__kind(void);
#ifdef YC__HGEN_falls
#define YC__LGEN_falls(op)
#else
#define YC__LGEN_falls(op) struct falls *: falls__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_short_lived(op) YC__LGEN_falls(op)
struct falls falls(void)
{
    return (struct falls){ .yc_state = 0 };
}
bool falls__next(struct falls *yc_f)
{
    switch (YC__ENTER(yc_f, "falls")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 18 "/work/main/test/run/next-after-end.c"
{
    effects += 10;
    { yc_f->yc_value = (8); yc_f->yc_state = 1; return true; yc_resume_1:;  }
    effects += 10;
}
    return YC_FINISH(yc_f);
}
void falls__close(struct falls *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, falls)
#line 22 "/work/main/test/run/next-after-end.c"
 

int main(void)
{
    struct short_lived g = short_lived();
    bool r1 = yc_next(&g);
    bool r2 = yc_next(&g);
    printf("%d %d effects %d value %d result %d\n", r1, r2, effects, yc_value(&g), yc_result(&g));
    // CHECK: 1 0 effects 2 value 7 result 9
    for (int k = 0; k < 3; k++) {
        bool r = yc_next(&g);
        printf("again %d effects %d done %d value %d result %d\n", r, effects, yc_done(&g), yc_value(&g), yc_result(&g));
    }
    // CHECK-NEXT: again 0 effects 2 done 1 value 7 result 9
    // CHECK-NEXT: again 0 effects 2 done 1 value 7 result 9
    // CHECK-NEXT: again 0 effects 2 done 1 value 7 result 9

    struct falls f = falls();
    while (yc_next(&f))
        ;
    printf("falls effects %d\n", effects);
    // CHECK-NEXT: falls effects 22
    bool r = yc_next(&f);
    struct yc_gen h = yc_handle(&f);
    bool rh = yc_gen_next(h);
    printf("falls again %d %d effects %d done %d value %d\n", r, rh, effects, yc_gen_done(h), yc_value(&f));
    // CHECK-NEXT: falls again 0 0 effects 22 done 1 value 8
    return 0;
}

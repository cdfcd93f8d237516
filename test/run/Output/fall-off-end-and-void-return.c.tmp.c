// Falling off the end gives a zero-initialized result (int, pointer and struct results), and `return;` ends a void-result generator early.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct stats { int n; double mean; const char *label; };

#ifndef YC__HGEN_falls
struct falls {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 8 */
    int i;  /* local 'i', line 10 */
};
#endif
struct falls falls(int n);
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
#define YC__LOCAL(op) YC__LGEN_falls(op)
struct falls falls(int n)
{
    return (struct falls){ .yc_state = 0, .n = n };
}
bool falls__next(struct falls *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "falls")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 9 "/work/main/test/run/fall-off-end-and-void-return.c"
{
    for (int i = 0; i < n; i++)
        { yc_f->yc_value = (i); yc_f->n = n; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  }
}
    return YC_FINISH(yc_f);
}
void falls__close(struct falls *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, falls)
#line 12 "/work/main/test/run/fall-off-end-and-void-return.c"
 

#ifndef YC__HGEN_falls_struct
struct falls_struct {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    struct stats yc_result;  /* the value returned */
};
#endif
struct falls_struct falls_struct(void);
bool falls_struct__next(struct falls_struct *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type falls_struct__send(struct falls_struct *, ...);
void falls_struct__close(struct falls_struct *yc_f);
const struct yc_kind *falls_struct__kind(void);
#ifdef YC__HGEN_falls_struct
#define YC__LGEN_falls_struct(op)
#else
#define YC__LGEN_falls_struct(op) struct falls_struct *: falls_struct__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_falls(op) YC__LGEN_falls_struct(op)
struct falls_struct falls_struct(void)
{
    return (struct falls_struct){ .yc_state = 0 };
}
bool falls_struct__next(struct falls_struct *yc_f)
{
    switch (YC__ENTER(yc_f, "falls_struct")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 15 "/work/main/test/run/fall-off-end-and-void-return.c"
{
    { yc_f->yc_value = (1); yc_f->yc_state = 1; return true; yc_resume_1:;  }
}
    return YC_FINISH(yc_f);
}
void falls_struct__close(struct falls_struct *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, falls_struct)
#line 17 "/work/main/test/run/fall-off-end-and-void-return.c"
 

#ifndef YC__HGEN_falls_ptr
struct falls_ptr {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    const char *yc_result;  /* the value returned */
};
#endif
struct falls_ptr falls_ptr(void);
bool falls_ptr__next(struct falls_ptr *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type falls_ptr__send(struct falls_ptr *, ...);
void falls_ptr__close(struct falls_ptr *yc_f);
const struct yc_kind *falls_ptr__kind(void);
#ifdef YC__HGEN_falls_ptr
#define YC__LGEN_falls_ptr(op)
#else
#define YC__LGEN_falls_ptr(op) struct falls_ptr *: falls_ptr__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_falls(op) YC__LGEN_falls_struct(op) YC__LGEN_falls_ptr(op)
struct falls_ptr falls_ptr(void)
{
    return (struct falls_ptr){ .yc_state = 0 };
}
bool falls_ptr__next(struct falls_ptr *yc_f)
{
    switch (YC__ENTER(yc_f, "falls_ptr")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 20 "/work/main/test/run/fall-off-end-and-void-return.c"
{
    { yc_f->yc_value = (2); yc_f->yc_state = 1; return true; yc_resume_1:;  }
}
    return YC_FINISH(yc_f);
}
void falls_ptr__close(struct falls_ptr *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, falls_ptr)
#line 22 "/work/main/test/run/fall-off-end-and-void-return.c"
 

static int after_return;

#ifndef YC__HGEN_stops
struct stops {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int limit;  /* parameter 'limit', line 26 */
    int i;  /* local 'i', line 28 */
};
#endif
struct stops stops(int limit);
bool stops__next(struct stops *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type stops__send(struct stops *, ...);
void stops__close(struct stops *yc_f);
const struct yc_kind *stops__kind(void);
#ifdef YC__HGEN_stops
#define YC__LGEN_stops(op)
#else
#define YC__LGEN_stops(op) struct stops *: stops__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_falls(op) YC__LGEN_falls_struct(op) YC__LGEN_falls_ptr(op) YC__LGEN_stops(op)
struct stops stops(int limit)
{
    return (struct stops){ .yc_state = 0, .limit = limit };
}
bool stops__next(struct stops *yc_f)
{
    int limit = yc_f->limit;
    switch (YC__ENTER(yc_f, "stops")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 27 "/work/main/test/run/fall-off-end-and-void-return.c"
{
    for (int i = 0; ; i++) {
        if (i == limit)
            return YC_FINISH(yc_f);
        { yc_f->yc_value = (i); yc_f->limit = limit; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  }
        after_return++;
    }
    after_return = 1000;
}
    return YC_FINISH(yc_f);
}
void stops__close(struct stops *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, stops)
#line 35 "/work/main/test/run/fall-off-end-and-void-return.c"
 

int main(void)
{
    struct falls a = falls(2);
    while (yc_next(&a))
        printf("a %d\n", yc_value(&a));
    // CHECK: a 0
    // CHECK-NEXT: a 1
    printf("a result %d done %d\n", yc_result(&a), yc_done(&a));
    // CHECK-NEXT: a result 0 done 1

    struct falls_struct b = falls_struct();
    while (yc_next(&b))
        printf("b %d\n", yc_value(&b));
    // CHECK-NEXT: b 1
    struct stats s = yc_result(&b);
    printf("b result %d %g %d done %d\n", s.n, s.mean, s.label == NULL, yc_done(&b));
    // CHECK-NEXT: b result 0 0 1 done 1

    struct falls_ptr c = falls_ptr();
    while (yc_next(&c))
        printf("c %d\n", yc_value(&c));
    // CHECK-NEXT: c 2
    printf("c result null %d done %d\n", yc_result(&c) == NULL, yc_done(&c));
    // CHECK-NEXT: c result null 1 done 1

    struct stops d = stops(2);
    while (yc_next(&d))
        printf("d %d\n", yc_value(&d));
    // CHECK-NEXT: d 0
    // CHECK-NEXT: d 1
    printf("d done %d after_return %d\n", yc_done(&d), after_return);
    // CHECK-NEXT: d done 1 after_return 2
    bool more = yc_next(&d);
    printf("d again %d after_return %d\n", more, after_return);
    // CHECK-NEXT: d again 0 after_return 2
    return 0;
}

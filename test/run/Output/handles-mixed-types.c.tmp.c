// yc_handle over generators of different types in one array, driven round-robin with yc_gen_next / yc_gen_done, and one closed with yc_gen_close.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_ints
struct ints {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int i;  /* local 'i', line 8 */
};
#endif
struct ints ints(int n);
bool ints__next(struct ints *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type ints__send(struct ints *, ...);
void ints__close(struct ints *yc_f);
const struct yc_kind *ints__kind(void);
#ifdef YC__HGEN_ints
#define YC__LGEN_ints(op)
#else
#define YC__LGEN_ints(op) struct ints *: ints__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_ints(op)
struct ints ints(int n)
{
    return (struct ints){ .yc_state = 0, .n = n };
}
bool ints__next(struct ints *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "ints")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 7 "/work/main/test/run/handles-mixed-types.c"
{
    for (int i = 0; i < n; i++) {
        printf("ints %d\n", i);
        { yc_f->yc_value = (i); yc_f->n = n; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  }
    }
    printf("ints end\n");
    return yc_f->yc_result = (n), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void ints__close(struct ints *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, ints)
#line 14 "/work/main/test/run/handles-mixed-types.c"
 

#ifndef YC__HGEN_chars
struct chars {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    const char *s;  /* parameter 's', line 16 */
};
#endif
struct chars chars(const char *s);
bool chars__next(struct chars *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type chars__send(struct chars *, ...);
void chars__close(struct chars *yc_f);
const struct yc_kind *chars__kind(void);
#ifdef YC__HGEN_chars
#define YC__LGEN_chars(op)
#else
#define YC__LGEN_chars(op) struct chars *: chars__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_ints(op) YC__LGEN_chars(op)
struct chars chars(const char *s)
{
    return (struct chars){ .yc_state = 0, .s = s };
}
bool chars__next(struct chars *yc_f)
{
    const char *s = yc_f->s;
    switch (YC__ENTER(yc_f, "chars")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 17 "/work/main/test/run/handles-mixed-types.c"
{
    while (*s) {
        printf("chars %c\n", *s);
        s++;
        { yc_f->s = s; yc_f->yc_state = 1; return true; yc_resume_1:;  }
    }
    printf("chars end\n");
}
    return YC_FINISH(yc_f);
}
void chars__close(struct chars *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, chars)
#line 24 "/work/main/test/run/handles-mixed-types.c"
 

#ifndef YC__HGEN_forever
struct forever {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    double yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    double d;  /* local 'd', line 28 */
};
#endif
struct forever forever(void);
bool forever__next(struct forever *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type forever__send(struct forever *, ...);
void forever__close(struct forever *yc_f);
const struct yc_kind *forever__kind(void);
#ifdef YC__HGEN_forever
#define YC__LGEN_forever(op)
#else
#define YC__LGEN_forever(op) struct forever *: forever__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_ints(op) YC__LGEN_chars(op) YC__LGEN_forever(op)
struct forever forever(void)
{
    return (struct forever){ .yc_state = 0 };
}
bool forever__next(struct forever *yc_f)
{
    switch (YC__ENTER(yc_f, "forever")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 27 "/work/main/test/run/handles-mixed-types.c"
{
    for (double d = 0.5;; d *= 2) {
        printf("forever %.1f\n", d);
        { yc_f->yc_value = (d); yc_f->d = d; yc_f->yc_state = 1; return true; yc_resume_1:; d = yc_f->d;  }
    }
}
    return YC_FINISH(yc_f);
}
void forever__close(struct forever *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, forever)
#line 32 "/work/main/test/run/handles-mixed-types.c"
 

int main(void)
{
    struct ints a = ints(2);
    struct chars b = chars("xyz");
    struct forever c = forever();
    struct yc_gen hs[3] = { yc_handle(&a), yc_handle(&b), yc_handle(&c) };
    struct yc_gen copy = hs[2];
    int live = 3, rounds = 0;
    while (live > 0) {
        rounds++;
        live = 0;
        for (int k = 0; k < 3; k++) {
            if (yc_gen_done(hs[k]))
                continue;
            if (yc_gen_next(hs[k]))
                live++;
            else
                printf("handle %d finished\n", k);
        }
        if (rounds == 3)
            yc_gen_close(copy);
    }
    // CHECK: ints 0
    // CHECK-NEXT: chars x
    // CHECK-NEXT: forever 0.5
    // CHECK-NEXT: ints 1
    // CHECK-NEXT: chars y
    // CHECK-NEXT: forever 1.0
    // CHECK-NEXT: ints end
    // CHECK-NEXT: handle 0 finished
    // CHECK-NEXT: chars z
    // CHECK-NEXT: forever 2.0
    // CHECK-NEXT: chars end
    // CHECK-NEXT: handle 1 finished
    printf("rounds %d done %d %d %d\n", rounds, yc_done(&a), yc_done(&b), yc_done(&c));
    // CHECK-NEXT: rounds 4 done 1 1 1
    printf("result %d value %.1f\n", yc_result(&a), yc_value(&c));
    // CHECK-NEXT: result 2 value 2.0
    printf("next after close %d\n", yc_gen_next(hs[2]));
    // CHECK-NEXT: next after close 0
    return 0;
}

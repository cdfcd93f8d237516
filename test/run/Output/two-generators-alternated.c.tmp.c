// Two different generators (different yield and result types) alternated by one caller, each resuming where it left off.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_numbers
struct numbers {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int i;  /* local 'i', line 8 */
};
#endif
struct numbers numbers(int n);
bool numbers__next(struct numbers *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type numbers__send(struct numbers *, ...);
void numbers__close(struct numbers *yc_f);
const struct yc_kind *numbers__kind(void);
#ifdef YC__HGEN_numbers
#define YC__LGEN_numbers(op)
#else
#define YC__LGEN_numbers(op) struct numbers *: numbers__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_numbers(op)
struct numbers numbers(int n)
{
    return (struct numbers){ .yc_state = 0, .n = n };
}
bool numbers__next(struct numbers *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "numbers")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 7 "/work/main/test/run/two-generators-alternated.c"
{
    for (int i = 1; i <= n; i++)
        { yc_f->yc_value = (i); yc_f->n = n; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  }
    return yc_f->yc_result = (-n), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void numbers__close(struct numbers *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, numbers)
#line 11 "/work/main/test/run/two-generators-alternated.c"
 

#ifndef YC__HGEN_names
struct names {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    const char *yc_value;  /* the last value yielded */
    double yc_result;  /* the value returned */
    __typeof__(const char *[4]) list;  /* local 'list', line 15 */
    double weight;  /* local 'weight', line 16 */
    int k;  /* local 'k', line 17 */
};
#endif
struct names names(void);
bool names__next(struct names *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type names__send(struct names *, ...);
void names__close(struct names *yc_f);
const struct yc_kind *names__kind(void);
#ifdef YC__HGEN_names
#define YC__LGEN_names(op)
#else
#define YC__LGEN_names(op) struct names *: names__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_numbers(op) YC__LGEN_names(op)
struct names names(void)
{
    return (struct names){ .yc_state = 0 };
}
bool names__next(struct names *yc_f)
{
    switch (YC__ENTER(yc_f, "names")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 14 "/work/main/test/run/two-generators-alternated.c"
{
    const char *yc_init_list[] = { "one", "two", "three", "four" }; memcpy((void *)&yc_f->list, (const void *)&yc_init_list, sizeof yc_f->list);
    double weight = 0.0;
    for (int k = 0; k < 4; k++) {
        { yc_f->yc_value = (yc_f->list[k]); yc_f->weight = weight; yc_f->k = k; yc_f->yc_state = 1; return true; yc_resume_1:; weight = yc_f->weight; k = yc_f->k;  }
        weight += 0.5;
    }
    return yc_f->yc_result = (weight), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void names__close(struct names *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, names)
#line 22 "/work/main/test/run/two-generators-alternated.c"
 

int main(void)
{
    struct numbers n = numbers(3);
    struct names s = names();
    for (;;) {
        bool got_n = yc_next(&n);
        bool got_s = yc_next(&s);
        if (!got_n && !got_s)
            break;
        if (got_n)
            printf("%d", yc_value(&n));
        else
            printf("-");
        printf(" %s\n", got_s ? yc_value(&s) : "-");
    }
    // CHECK: 1 one
    // CHECK-NEXT: 2 two
    // CHECK-NEXT: 3 three
    // CHECK-NEXT: - four
    printf("results %d %.1f\n", yc_result(&n), yc_result(&s));
    // CHECK-NEXT: results -3 2.0
    return 0;
}

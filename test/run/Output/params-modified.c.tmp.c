// Parameters modified in the body keep their new values across yields; each instance has its own copies, and the caller's arguments are untouched.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct acc { int total; };

#ifndef YC__HGEN_letters
struct letters {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    char yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    const char *s;  /* parameter 's', line 8 */
    int n;  /* local 'n', line 10 */
};
#endif
struct letters letters(const char *s);
bool letters__next(struct letters *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type letters__send(struct letters *, ...);
void letters__close(struct letters *yc_f);
const struct yc_kind *letters__kind(void);
#ifdef YC__HGEN_letters
#define YC__LGEN_letters(op)
#else
#define YC__LGEN_letters(op) struct letters *: letters__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_letters(op)
struct letters letters(const char *s)
{
    return (struct letters){ .yc_state = 0, .s = s };
}
bool letters__next(struct letters *yc_f)
{
    const char *s = yc_f->s;
    switch (YC__ENTER(yc_f, "letters")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 9 "/work/main/test/run/params-modified.c"
{
    int n = 0;
    while (*s) {
        { yc_f->yc_value = (*s); yc_f->s = s; yc_f->n = n; yc_f->yc_state = 1; return true; yc_resume_1:; n = yc_f->n;  }
        s += 2;
        n++;
    }
    return yc_f->yc_result = (n), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void letters__close(struct letters *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, letters)
#line 17 "/work/main/test/run/params-modified.c"
 

#ifndef YC__HGEN_collatz
struct collatz {
    unsigned char yc_state;  /* 0: not started, 1..2: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 19 */
    struct acc a;  /* parameter 'a', line 19 */
    int *steps;  /* parameter 'steps', line 19 */
};
#endif
struct collatz collatz(int n, struct acc a, int *steps);
bool collatz__next(struct collatz *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type collatz__send(struct collatz *, ...);
void collatz__close(struct collatz *yc_f);
const struct yc_kind *collatz__kind(void);
#ifdef YC__HGEN_collatz
#define YC__LGEN_collatz(op)
#else
#define YC__LGEN_collatz(op) struct collatz *: collatz__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_letters(op) YC__LGEN_collatz(op)
struct collatz collatz(int n, struct acc a, int *steps)
{
    return (struct collatz){ .yc_state = 0, .n = n, .a = a, .steps = steps };
}
bool collatz__next(struct collatz *yc_f)
{
    int n = yc_f->n;
    struct acc a = yc_f->a;
    int *steps = yc_f->steps;
    switch (YC__ENTER(yc_f, "collatz")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    default: return false;
    }
#line 20 "/work/main/test/run/params-modified.c"
{
    while (n != 1) {
        { yc_f->yc_value = (n); yc_f->n = n; yc_f->a = a; yc_f->steps = steps; yc_f->yc_state = 1; return true; yc_resume_1:;  }
        if (n % 2)
            n = 3 * n + 1;
        else
            n /= 2;
        a.total += n;
        ++*steps;
    }
    { yc_f->yc_value = (n); yc_f->n = n; yc_f->a = a; yc_f->steps = steps; yc_f->yc_state = 2; return true; yc_resume_2:;  }
    return yc_f->yc_result = (a.total), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void collatz__close(struct collatz *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, collatz)
#line 32 "/work/main/test/run/params-modified.c"
 

int main(void)
{
    int start = 6, steps = 0;
    struct acc a = { 1000 };
    struct collatz g = collatz(start, a, &steps);
    struct collatz h = collatz(3, a, &steps);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 6 3 10 5 16 8 4 2 1
    printf("result %d steps %d start %d a %d\n", yc_result(&g), steps, start, a.total);
    // CHECK-NEXT: result 1049 steps 8 start 6 a 1000
    yc_next(&h);
    yc_next(&h);
    printf("h %d steps %d\n", yc_value(&h), steps);
    // CHECK-NEXT: h 10 steps 9
    const char *word = "abcdefgh";
    struct letters l = letters(word);
    while (yc_next(&l))
        printf("%c", yc_value(&l));
    printf(" %d %s\n", yc_result(&l), word);
    // CHECK-NEXT: aceg 4 abcdefgh
    return 0;
}

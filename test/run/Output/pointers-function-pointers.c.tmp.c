// Pointers and function pointers as locals, parameters and yield types (generator(const char *), generator(int (*)(int))).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

typedef int (*op_fn)(int);

static int twice(int x) { return 2 * x; }
static int inc(int x) { return x + 1; }
static int neg(int x) { return -x; }

#ifndef YC__HGEN_words
struct words {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    const char *yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    const char *s;  /* parameter 's', line 12 */
    int *count;  /* parameter 'count', line 12 */
    const char *p;  /* local 'p', line 14 */
    const char *start;  /* local 'start', line 16 */
};
#endif
struct words words(const char *s, int *count);
bool words__next(struct words *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type words__send(struct words *, ...);
void words__close(struct words *yc_f);
const struct yc_kind *words__kind(void);
#ifdef YC__HGEN_words
#define YC__LGEN_words(op)
#else
#define YC__LGEN_words(op) struct words *: words__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_words(op)
struct words words(const char *s, int *count)
{
    return (struct words){ .yc_state = 0, .s = s, .count = count };
}
bool words__next(struct words *yc_f)
{
    const char *s = yc_f->s;
    int *count = yc_f->count;
    switch (YC__ENTER(yc_f, "words")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 13 "/work/main/test/run/pointers-function-pointers.c"
{
    const char *p = s;
    while (*p) {
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        { yc_f->yc_value = (start); yc_f->s = s; yc_f->count = count; yc_f->p = p; yc_f->start = start; yc_f->yc_state = 1; return true; yc_resume_1:; p = yc_f->p; start = yc_f->start;  }
        ++*count;
        while (*p == ' ')
            p++;
    }
    return yc_f->yc_result = ((int)(p - s)), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void words__close(struct words *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, words)
#line 25 "/work/main/test/run/pointers-function-pointers.c"
 

#ifndef YC__HGEN_pipeline
struct pipeline {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    op_fn yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    op_fn first;  /* parameter 'first', line 27 */
    __typeof__(int (*)(op_fn, int)) apply;  /* parameter 'apply', line 27 */
    int seed;  /* parameter 'seed', line 27 */
    op_fn ops[3];  /* local 'ops', line 29 */
    __typeof__(int (*)(int)) cur;  /* local 'cur', line 30 */
    int v;  /* local 'v', line 31 */
    int k;  /* local 'k', line 32 */
};
#endif
struct pipeline pipeline(op_fn first, int (*apply)(op_fn, int), int seed);
bool pipeline__next(struct pipeline *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type pipeline__send(struct pipeline *, ...);
void pipeline__close(struct pipeline *yc_f);
const struct yc_kind *pipeline__kind(void);
#ifdef YC__HGEN_pipeline
#define YC__LGEN_pipeline(op)
#else
#define YC__LGEN_pipeline(op) struct pipeline *: pipeline__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_words(op) YC__LGEN_pipeline(op)
struct pipeline pipeline(op_fn first, int (*apply)(op_fn, int), int seed)
{
    return (struct pipeline){ .yc_state = 0, .first = first, .apply = apply, .seed = seed };
}
bool pipeline__next(struct pipeline *yc_f)
{
    op_fn first = yc_f->first;
    __typeof__(int (*)(op_fn, int)) apply = yc_f->apply;
    int seed = yc_f->seed;
    switch (YC__ENTER(yc_f, "pipeline")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 28 "/work/main/test/run/pointers-function-pointers.c"
{
    op_fn yc_init_ops[3] = { first, inc, neg }; memcpy((void *)&yc_f->ops, (const void *)&yc_init_ops, sizeof yc_f->ops);
    int (*cur)(int) = yc_f->ops[0];
    int v = seed;
    for (int k = 0; k < 3; k++) {
        cur = yc_f->ops[k];
        { yc_f->yc_value = (cur); yc_f->first = first; yc_f->apply = apply; yc_f->seed = seed; yc_f->cur = cur; yc_f->v = v; yc_f->k = k; yc_f->yc_state = 1; return true; yc_resume_1:; cur = yc_f->cur; v = yc_f->v; k = yc_f->k;  }
        v = apply(cur, v);
    }
    return yc_f->yc_result = (v), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void pipeline__close(struct pipeline *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, pipeline)
#line 38 "/work/main/test/run/pointers-function-pointers.c"
 

static int call(op_fn f, int x) { return f(x); }

int main(void)
{
    int n = 0;
    struct words w = words("ab  cd e", &n);
    while (yc_next(&w)) {
        const char *s = yc_value(&w);
        int len = 0;
        while (s[len] && s[len] != ' ')
            len++;
        printf("word '%.*s' seen %d\n", len, s, n);
    }
    // CHECK: word 'ab' seen 0
    // CHECK-NEXT: word 'cd' seen 1
    // CHECK-NEXT: word 'e' seen 2
    printf("length %d count %d\n", yc_result(&w), n);
    // CHECK-NEXT: length 8 count 3

    struct pipeline g = pipeline(twice, call, 5);
    printf("fresh null %d\n", yc_value(&g) == NULL);
    // CHECK-NEXT: fresh null 1
    while (yc_next(&g)) {
        op_fn f = yc_value(&g);
        printf("op %s f(10)=%d\n", f == twice ? "twice" : f == inc ? "inc" : f == neg ? "neg" : "?", f(10));
    }
    // CHECK-NEXT: op twice f(10)=20
    // CHECK-NEXT: op inc f(10)=11
    // CHECK-NEXT: op neg f(10)=-10
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result -11
    return 0;
}

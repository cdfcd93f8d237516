// Arguments after '--' reach clang: a -D macro used in the generator body is defined (and the file fails without it).
// RUN: %yieldc %s -o %t.c -- -DN=3
// RUN: %gcc %cflags -DN=3 %t.c -o %t
// RUN: %t | FileCheck %s
// RUN: not %yieldc %s -o %t.nodef.c 2>&1 | FileCheck --check-prefix=NODEF %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_count
struct count {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int i;  /* local 'i', line 12 */
};
#endif
struct count count(void);
bool count__next(struct count *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type count__send(struct count *, ...);
void count__close(struct count *yc_f);
const struct yc_kind *count__kind(void);
#ifdef YC__HGEN_count
#define YC__LGEN_count(op)
#else
#define YC__LGEN_count(op) struct count *: count__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_count(op)
struct count count(void)
{
    return (struct count){ .yc_state = 0 };
}
bool count__next(struct count *yc_f)
{
    switch (YC__ENTER(yc_f, "count")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 10 "/work/main/test/cli/clang-args-define.c"
{
    // NODEF: clang-args-define.c:[[@LINE+1]]:25: error: {{.*}}'N'
    for (int i = 0; i < N; i++)
        { yc_f->yc_value = (i * 10); yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  }
    return yc_f->yc_result = (N), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void count__close(struct count *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, count)
#line 15 "/work/main/test/cli/clang-args-define.c"
 

int main(void)
{
    struct count g = count();
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    return 0;
}
// CHECK: 0 10 20 result 3

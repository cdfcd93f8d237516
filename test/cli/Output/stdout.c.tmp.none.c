// '-o -' writes the output to standard output, the same as with no -o at all, and creates no file named '-'.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: cd %t.dir && %yieldc %s -o - > %t.dash.c
// RUN: not test -e %t.dir/-
// RUN: cd %t.dir && %yieldc %s > %t.none.c
// RUN: %yieldc %s -o %t.file.c
// RUN: cmp %t.dash.c %t.file.c
// RUN: cmp %t.none.c %t.file.c
// RUN: FileCheck %s < %t.dash.c
#include <yieldc.h>

#ifndef YC__HGEN_count
struct count {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 12 */
    int i;  /* local 'i', line 14 */
};
#endif
struct count count(int n);
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
struct count count(int n)
{
    return (struct count){ .yc_state = 0, .n = n };
}
bool count__next(struct count *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "count")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 13 "/work/main/test/cli/stdout.c"
{
    for (int i = 0; i < n; i++)
        { yc_f->yc_value = (i); yc_f->n = n; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  }
    return yc_f->yc_result = (n), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void count__close(struct count *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, count)
#line 17 "/work/main/test/cli/stdout.c"
 
// CHECK: struct count {
// CHECK: struct count count(int n)

// --no-line leaves out every line directive (also the '# N' form); without it there are some, naming the input.
// RUN: %yieldc --no-line %s -o - | FileCheck --check-prefix=NOLINE --implicit-check-not='{{^[ \t]*#[ \t]*(line|[0-9])}}' %s
// RUN: %yieldc %s -o - | FileCheck --check-prefix=LINE %s
// RUN: %yieldc --no-line %s -o %t.c
// RUN: %gcc %cflags -c %t.c -o %t.o
#include <yieldc.h>

#ifndef YC__HGEN_count
struct count {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 8 */
    int total;  /* local 'total', line 10 */
    int i;  /* local 'i', line 11 */
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
{
    int total = 0;
    for (int i = 0; i < n; i++) {
        { yc_f->yc_value = (i); yc_f->n = n; yc_f->total = total; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; total = yc_f->total; i = yc_f->i;  }
        total += i;
    }
    return yc_f->yc_result = (total), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void count__close(struct count *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, count)


int main(void)
{
    struct count g = count(2);
    while (yc_next(&g))
        ;
    return yc_result(&g) != 1;
}
// NOLINE: struct count
// NOLINE: yc_next(&g)
// LINE: #line {{[0-9]+}} "{{.*}}no-line.c"

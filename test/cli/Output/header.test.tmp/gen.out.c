/* Generators for header.test: one public, one static, one with a send type; includes its own header. */
#include <stdio.h>
#include <yieldc.h>
#include "gen.h"

#ifndef YC__HGEN_upto
struct upto {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int i;  /* local 'i', line 6 */
};
#endif
struct upto upto(int n);
bool upto__next(struct upto *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type upto__send(struct upto *, ...);
void upto__close(struct upto *yc_f);
const struct yc_kind *upto__kind(void);
#ifdef YC__HGEN_upto
#define YC__LGEN_upto(op)
#else
#define YC__LGEN_upto(op) struct upto *: upto__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_upto(op)
struct upto upto(int n)
{
    return (struct upto){ .yc_state = 0, .n = n };
}
bool upto__next(struct upto *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "upto")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 6 "/work/main/test/cli/Output/header.test.tmp/gen.c"
                               { for (int i = 0; i < n; i++) { yc_f->yc_value = (i); yc_f->n = n; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  } return yc_f->yc_result = (n), YC_FINISH(yc_f); }
    return YC_FINISH(yc_f);
}
void upto__close(struct upto *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, upto)
#line 6 "/work/main/test/cli/Output/header.test.tmp/gen.c"
                                                                                 
#ifndef YC__HGEN_hidden
struct hidden {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
};
#endif
static struct hidden hidden(void);
YC_MAYBE_UNUSED static inline bool hidden__next(struct hidden *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type hidden__send(struct hidden *, ...);
YC_MAYBE_UNUSED static inline void hidden__close(struct hidden *yc_f);
YC_MAYBE_UNUSED static inline const struct yc_kind *hidden__kind(void);
#ifdef YC__HGEN_hidden
#define YC__LGEN_hidden(op)
#else
#define YC__LGEN_hidden(op) struct hidden *: hidden__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_upto(op) YC__LGEN_hidden(op)
static struct hidden hidden(void)
{
    return (struct hidden){ .yc_state = 0 };
}
YC_MAYBE_UNUSED static inline bool hidden__next(struct hidden *yc_f)
{
    switch (YC__ENTER(yc_f, "hidden")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 7 "/work/main/test/cli/Output/header.test.tmp/gen.c"
                                       { { yc_f->yc_value = (1); yc_f->yc_state = 1; return true; yc_resume_1:;  } return yc_f->yc_result = (0), YC_FINISH(yc_f); }
    return YC_FINISH(yc_f);
}
YC_MAYBE_UNUSED static inline void hidden__close(struct hidden *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(YC_MAYBE_UNUSED static inline, hidden)
#line 7 "/work/main/test/cli/Output/header.test.tmp/gen.c"
                                                             
#ifndef YC__HGEN_avg
struct avg {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    double yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    double yc_sent;  /* the value sent */
    double t;  /* local 't', line 8 */
    int c;  /* local 'c', line 8 */
};
#endif
struct avg avg(void);
bool avg__next(struct avg *yc_f);
bool avg__resume(struct avg *yc_f);
bool avg__send(struct avg *yc_f, double yc_v);
void avg__close(struct avg *yc_f);
const struct yc_kind *avg__kind(void);
#ifdef YC__HGEN_avg
#define YC__LGEN_avg(op)
#else
#define YC__LGEN_avg(op) struct avg *: avg__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_upto(op) YC__LGEN_hidden(op) YC__LGEN_avg(op)
struct avg avg(void)
{
    return (struct avg){ .yc_state = 0 };
}
bool avg__resume(struct avg *yc_f)
{
    switch (YC__ENTER(yc_f, "avg")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 8 "/work/main/test/cli/Output/header.test.tmp/gen.c"
                                        { double t = 0; int c = 0; for (;;) { yc_f->yc_value = (c ? t / c : 0); yc_f->t = t; yc_f->c = c; yc_f->yc_state = 1; return true; yc_resume_1:; t = yc_f->t; c = yc_f->c; double x = yc_f->yc_sent; t += x; c++; } }
    return YC_FINISH(yc_f);
}
bool avg__next(struct avg *yc_f)
{
    memset(&yc_f->yc_sent, 0, sizeof yc_f->yc_sent);
    return avg__resume(yc_f);
}
bool avg__send(struct avg *yc_f, double yc_v)
{
    if (yc_f->yc_state != 0)
        yc_f->yc_sent = yc_v;
    return avg__resume(yc_f);
}
void avg__close(struct avg *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, avg)
#line 8 "/work/main/test/cli/Output/header.test.tmp/gen.c"
                                                                                                                              
int use_hidden(void) { struct hidden h = hidden(); yc_next(&h); return yc_value(&h); }

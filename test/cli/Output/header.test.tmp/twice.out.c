/* A generator file using a generator of gen.c through gen.h. */
#include <stdio.h>
#include "gen.h"
#ifndef YC__HGEN_twice
struct twice {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 4 */
    struct upto u;  /* local 'u', line 4 */
};
#endif
struct twice twice(int n);
bool twice__next(struct twice *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type twice__send(struct twice *, ...);
void twice__close(struct twice *yc_f);
const struct yc_kind *twice__kind(void);
#ifdef YC__HGEN_twice
#define YC__LGEN_twice(op)
#else
#define YC__LGEN_twice(op) struct twice *: twice__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_twice(op)
struct twice twice(int n)
{
    return (struct twice){ .yc_state = 0, .n = n };
}
bool twice__next(struct twice *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "twice")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 4 "/work/main/test/cli/Output/header.test.tmp/twice.c"
                                { yc_f->u = (upto(n)); while (yc_next(&yc_f->u)) { yc_f->yc_value = (2 * yc_value(&yc_f->u)); yc_f->n = n; yc_f->yc_state = 1; return true; yc_resume_1:;  } return yc_f->yc_result = (0), YC_FINISH(yc_f); }
    return YC_FINISH(yc_f);
}
void twice__close(struct twice *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, twice)
#line 4 "/work/main/test/cli/Output/header.test.tmp/twice.c"
                                                                                                                  
int main(void) { struct twice t = twice(3); while (yc_next(&t)) printf("%d ", yc_value(&t)); printf("\n"); }

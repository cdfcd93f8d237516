// Arguments after '--' reach clang: '-I DIR' (two words) finds a header that the generator body uses.
// RUN: %yieldc %s -o %t.c -- -I %S/Inputs/include
// RUN: %gcc %cflags -I %S/Inputs/include %t.c -o %t
// RUN: %t | FileCheck %s
// RUN: not %yieldc %s -o %t.noinc.c 2>&1 | FileCheck --check-prefix=NOINC %s
#include <stdio.h>
#include <yieldc.h>
// NOINC: clang-args-include.c:[[@LINE+1]]:10: error: {{.*}}cli-helper.h{{.*}}not found
#include "cli-helper.h"

#ifndef YC__HGEN_scaled
struct scaled {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int i;  /* local 'i', line 13 */
};
#endif
struct scaled scaled(void);
bool scaled__next(struct scaled *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type scaled__send(struct scaled *, ...);
void scaled__close(struct scaled *yc_f);
const struct yc_kind *scaled__kind(void);
#ifdef YC__HGEN_scaled
#define YC__LGEN_scaled(op)
#else
#define YC__LGEN_scaled(op) struct scaled *: scaled__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_scaled(op)
struct scaled scaled(void)
{
    return (struct scaled){ .yc_state = 0 };
}
bool scaled__next(struct scaled *yc_f)
{
    switch (YC__ENTER(yc_f, "scaled")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 12 "/work/main/test/cli/clang-args-include.c"
{
    for (int i = 1; i < HELPER_LIMIT; i++)
        { yc_f->yc_value = (helper_scale(i)); yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  }
    return yc_f->yc_result = (HELPER_LIMIT), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void scaled__close(struct scaled *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, scaled)
#line 16 "/work/main/test/cli/clang-args-include.c"
 

int main(void)
{
    struct scaled g = scaled();
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    return 0;
}
// CHECK: 100 200 300 result 4

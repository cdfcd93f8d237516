// #line directives map the output back to the input: a gcc warning in a generator body (after a yield) and __LINE__ name the original lines.
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags -Wno-error -Wconversion -c %t.c -o %t.o 2>&1 | FileCheck --check-prefix=WARN %s
// RUN: %gcc %cflags %t.c -o %t
// RUN: %t | FileCheck --check-prefix=OUT %s
#include <stdio.h>
#include <yieldc.h>

static short last;
static void take_short(short s) { last = s; }

#ifndef YC__HGEN_g
struct g {
    unsigned char yc_state;  /* 0: not started, 1..3: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 12 */
};
#endif
struct g g(int n);
bool g__next(struct g *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type g__send(struct g *, ...);
void g__close(struct g *yc_f);
const struct yc_kind *g__kind(void);
#ifdef YC__HGEN_g
#define YC__LGEN_g(op)
#else
#define YC__LGEN_g(op) struct g *: g__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_g(op)
struct g g(int n)
{
    return (struct g){ .yc_state = 0, .n = n };
}
bool g__next(struct g *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "g")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    default: return false;
    }
#line 13 "/work/main/test/cli/line-directive.c"
{
    { yc_f->yc_value = (1); yc_f->n = n; yc_f->yc_state = 1; return true; yc_resume_1:;  }
    // WARN: line-directive.c:[[@LINE+1]]:{{[0-9]+}}: warning: conversion {{.*}}
    take_short(n);
    { yc_f->yc_value = (__LINE__); yc_f->n = n; yc_f->yc_state = 2; return true; yc_resume_2:;  }
    // OUT: line [[@LINE+1]]
    { yc_f->yc_value = (__LINE__); yc_f->n = n; yc_f->yc_state = 3; return true; yc_resume_3:;  }
    return yc_f->yc_result = (n), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void g__close(struct g *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, g)
#line 21 "/work/main/test/cli/line-directive.c"
 

int main(void)
{
    struct g it = g(7);
    yc_next(&it);
    yc_next(&it);
    yc_next(&it);
    printf("line %d\n", yc_value(&it));
    return 0;
}

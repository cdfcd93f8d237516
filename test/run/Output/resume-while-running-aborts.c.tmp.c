// Resuming a running generator from inside its own body is detected: a message naming the generator on stderr, then abort().
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags %t.c -o %t.gcc
// RUN: not --crash %t.gcc 2>&1 | FileCheck %s
// RUN: %clang %cflags %t.c -o %t.clang
// RUN: not --crash %t.clang 2>&1 | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_reenter_me
struct reenter_me {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
};
#endif
struct reenter_me reenter_me(void);
bool reenter_me__next(struct reenter_me *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type reenter_me__send(struct reenter_me *, ...);
void reenter_me__close(struct reenter_me *yc_f);
const struct yc_kind *reenter_me__kind(void);
#ifdef YC__HGEN_reenter_me
#define YC__LGEN_reenter_me(op)
#else
#define YC__LGEN_reenter_me(op) struct reenter_me *: reenter_me__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_reenter_me(op)
#line 10 "/work/main/test/run/resume-while-running-aborts.c"
                                    

static struct reenter_me *self_ptr;

struct reenter_me reenter_me(void)
{
    return (struct reenter_me){ .yc_state = 0 };
}
bool reenter_me__next(struct reenter_me *yc_f)
{
    switch (YC__ENTER(yc_f, "reenter_me")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 15 "/work/main/test/run/resume-while-running-aborts.c"
{
    { yc_f->yc_value = (1); yc_f->yc_state = 1; return true; yc_resume_1:;  }
    printf("resuming myself\n");
    fflush(stdout);
    bool r = yc_next(self_ptr);
    printf("not reached %d\n", r);
    fflush(stdout);
    return yc_f->yc_result = (0), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void reenter_me__close(struct reenter_me *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, reenter_me)
#line 23 "/work/main/test/run/resume-while-running-aborts.c"
 

int main(void)
{
    struct reenter_me g = reenter_me();
    self_ptr = &g;
    yc_next(&g);
    printf("first %d\n", yc_value(&g));
    fflush(stdout);
    yc_next(&g);
    printf("main not reached\n");
    fflush(stdout);
    return 0;
}
// CHECK: first 1
// CHECK-NEXT: resuming myself
// CHECK-NEXT: {{.*}}reenter_me
// CHECK-NOT: not reached

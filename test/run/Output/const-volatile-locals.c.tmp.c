// const and volatile locals (including a const pointer and a const-qualified struct) declared before yields and read after them.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct pair { int a, b; };

#ifndef YC__HGEN_cv
struct cv {
    unsigned char yc_state;  /* 0: not started, 1..7: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int k;  /* parameter 'k', line 8 */
    int c;  /* local 'c', line 10 */
    volatile int v;  /* local 'v', line 11 */
    struct pair pr;  /* local 'pr', line 12 */
    int target;  /* local 'target', line 13 */
    int *cp;  /* local 'cp', line 14 */
    const int *pc;  /* local 'pc', line 15 */
    volatile int cvk;  /* local 'cvk', line 16 */
    const char msg[3];  /* local 'msg', line 27 */
};
#endif
struct cv cv(const int k);
bool cv__next(struct cv *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type cv__send(struct cv *, ...);
void cv__close(struct cv *yc_f);
const struct yc_kind *cv__kind(void);
#ifdef YC__HGEN_cv
#define YC__LGEN_cv(op)
#else
#define YC__LGEN_cv(op) struct cv *: cv__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_cv(op)
struct cv cv(const int k)
{
    return (struct cv){ .yc_state = 0, .k = k };
}
bool cv__next(struct cv *yc_f)
{
    switch (YC__ENTER(yc_f, "cv")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    case 4: goto yc_resume_4;
    case 5: goto yc_resume_5;
    case 6: goto yc_resume_6;
    case 7: goto yc_resume_7;
    default: return false;
    }
#line 9 "/work/main/test/run/const-volatile-locals.c"
{
    yc_f->c = (yc_f->k * 2);
    yc_f->v = (1);
    const struct pair yc_init_pr = { yc_f->c, yc_f->c + 1 }; memcpy((void *)&yc_f->pr, (const void *)&yc_init_pr, sizeof yc_f->pr);
    yc_f->target = (50);
    yc_f->cp = (&yc_f->target);
    const int *pc = &yc_f->c;
    yc_f->cvk = (7);
    { yc_f->yc_value = (yc_f->c); yc_f->pc = pc; yc_f->yc_state = 1; return true; yc_resume_1:; pc = yc_f->pc;  }
    yc_f->v += yc_f->c;
    { yc_f->yc_value = (yc_f->v); yc_f->pc = pc; yc_f->yc_state = 2; return true; yc_resume_2:; pc = yc_f->pc;  }
    { yc_f->yc_value = (yc_f->pr.b); yc_f->pc = pc; yc_f->yc_state = 3; return true; yc_resume_3:; pc = yc_f->pc;  }
    *yc_f->cp += 1;
    { yc_f->yc_value = (yc_f->target); yc_f->pc = pc; yc_f->yc_state = 4; return true; yc_resume_4:; pc = yc_f->pc;  }
    { yc_f->yc_value = (*pc); yc_f->pc = pc; yc_f->yc_state = 5; return true; yc_resume_5:; pc = yc_f->pc;  }
    pc = &yc_f->pr.a;
    { yc_f->yc_value = (*pc + yc_f->cvk); yc_f->pc = pc; yc_f->yc_state = 6; return true; yc_resume_6:; pc = yc_f->pc;  }
    {
        const char yc_init_msg[] = "ok"; memcpy((void *)&yc_f->msg, (const void *)&yc_init_msg, sizeof yc_f->msg);
        { yc_f->yc_value = (yc_f->msg[1]); yc_f->pc = pc; yc_f->yc_state = 7; return true; yc_resume_7:; pc = yc_f->pc;  }
        yc_f->v = yc_f->v * 10;
    }
    return yc_f->yc_result = (yc_f->v + yc_f->k), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void cv__close(struct cv *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, cv)
#line 32 "/work/main/test/run/const-volatile-locals.c"
 

int main(void)
{
    struct cv g = cv(3);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 6 7 7 51 6 13 107
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 73
    return 0;
}

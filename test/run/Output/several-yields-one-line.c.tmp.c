// Several yield statements on one source line (also inside a one-line loop and if), resumed one after another in order.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_oneline
struct oneline {
    unsigned char yc_state;  /* 0: not started, 1..10: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int x;  /* local 'x', line 8 */
    int i;  /* local 'i', line 10 */
};
#endif
struct oneline oneline(int n);
bool oneline__next(struct oneline *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type oneline__send(struct oneline *, ...);
void oneline__close(struct oneline *yc_f);
const struct yc_kind *oneline__kind(void);
#ifdef YC__HGEN_oneline
#define YC__LGEN_oneline(op)
#else
#define YC__LGEN_oneline(op) struct oneline *: oneline__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_oneline(op)
struct oneline oneline(int n)
{
    return (struct oneline){ .yc_state = 0, .n = n };
}
bool oneline__next(struct oneline *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "oneline")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    case 4: goto yc_resume_4;
    case 5: goto yc_resume_5;
    case 6: goto yc_resume_6;
    case 7: goto yc_resume_7;
    case 8: goto yc_resume_8;
    case 9: goto yc_resume_9;
    case 10: goto yc_resume_10;
    default: return false;
    }
#line 7 "/work/main/test/run/several-yields-one-line.c"
{
    int x = 1;
    { yc_f->yc_value = (x); yc_f->n = n; yc_f->x = x; yc_f->yc_state = 1; return true; yc_resume_1:; x = yc_f->x;  } x++; { yc_f->yc_value = (x); yc_f->n = n; yc_f->x = x; yc_f->yc_state = 2; return true; yc_resume_2:; x = yc_f->x;  } x *= 10; { yc_f->yc_value = (x); yc_f->n = n; yc_f->x = x; yc_f->yc_state = 3; return true; yc_resume_3:; x = yc_f->x;  }
    for (int i = 0; i < n; i++) { { yc_f->yc_value = (100 + i); yc_f->n = n; yc_f->x = x; yc_f->i = i; yc_f->yc_state = 4; return true; yc_resume_4:; x = yc_f->x; i = yc_f->i;  } { yc_f->yc_value = (200 + i); yc_f->n = n; yc_f->x = x; yc_f->i = i; yc_f->yc_state = 5; return true; yc_resume_5:; x = yc_f->x; i = yc_f->i;  } }
    if (n > 1) { { yc_f->yc_value = (-1); yc_f->n = n; yc_f->x = x; yc_f->yc_state = 6; return true; yc_resume_6:; x = yc_f->x;  } } else { { yc_f->yc_value = (-2); yc_f->n = n; yc_f->x = x; yc_f->yc_state = 7; return true; yc_resume_7:; x = yc_f->x;  } } { yc_f->yc_value = (-3); yc_f->n = n; yc_f->x = x; yc_f->yc_state = 8; return true; yc_resume_8:; x = yc_f->x;  }
    { yc_f->yc_value = (__LINE__ - __LINE__); yc_f->n = n; yc_f->x = x; yc_f->yc_state = 9; return true; yc_resume_9:; x = yc_f->x;  } { yc_f->yc_value = (x + 1); yc_f->n = n; yc_f->x = x; yc_f->yc_state = 10; return true; yc_resume_10:; x = yc_f->x;  } return yc_f->yc_result = (x), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void oneline__close(struct oneline *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, oneline)
#line 13 "/work/main/test/run/several-yields-one-line.c"
 

int main(void)
{
    struct oneline g = oneline(2);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 1 2 20 100 200 101 201 -1 -3 0 21
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 20
    return 0;
}

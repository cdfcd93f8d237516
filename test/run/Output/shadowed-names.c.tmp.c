// Shadowed names: `int i` declared in two nested scopes shadowing a parameter, both alive and distinct across yields.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_shadow
struct shadow {
    unsigned char yc_state;  /* 0: not started, 1..9: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int i;  /* parameter 'i', line 6 */
    int i_2;  /* local 'i', line 10 */
    int i_3;  /* local 'i', line 13 */
    int i_4;  /* local 'i', line 20 */
};
#endif
struct shadow shadow(int i);
bool shadow__next(struct shadow *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type shadow__send(struct shadow *, ...);
void shadow__close(struct shadow *yc_f);
const struct yc_kind *shadow__kind(void);
#ifdef YC__HGEN_shadow
#define YC__LGEN_shadow(op)
#else
#define YC__LGEN_shadow(op) struct shadow *: shadow__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_shadow(op)
struct shadow shadow(int i)
{
    return (struct shadow){ .yc_state = 0, .i = i };
}
bool shadow__next(struct shadow *yc_f)
{
    switch (YC__ENTER(yc_f, "shadow")) {
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
    default: return false;
    }
#line 7 "/work/main/test/run/shadowed-names.c"
{
    { yc_f->yc_value = (yc_f->i); yc_f->yc_state = 1; return true; yc_resume_1:;  }                      /* parameter */
    {
        yc_f->i_2 = (10);
        { yc_f->yc_value = (yc_f->i_2); yc_f->yc_state = 2; return true; yc_resume_2:;  }
        {
            int i = 20;
            { yc_f->yc_value = (i); yc_f->i_3 = i; yc_f->yc_state = 3; return true; yc_resume_3:; i = yc_f->i_3;  }
            i++;
            { yc_f->yc_value = (i); yc_f->i_3 = i; yc_f->yc_state = 4; return true; yc_resume_4:; i = yc_f->i_3;  }
        }
        { yc_f->yc_value = (yc_f->i_2); yc_f->yc_state = 5; return true; yc_resume_5:;  }                  /* the outer block's i, untouched */
        yc_f->i_2 += 5;
        for (int i = 100; i < 102; i++) {
            { yc_f->yc_value = (i); yc_f->i_4 = i; yc_f->yc_state = 6; return true; yc_resume_6:; i = yc_f->i_4;  }
        }
        { yc_f->yc_value = (yc_f->i_2); yc_f->yc_state = 7; return true; yc_resume_7:;  }
    }
    { yc_f->yc_value = (yc_f->i); yc_f->yc_state = 8; return true; yc_resume_8:;  }                      /* the parameter again */
    yc_f->i *= 3;
    { yc_f->yc_value = (yc_f->i); yc_f->yc_state = 9; return true; yc_resume_9:;  }
    return yc_f->yc_result = (yc_f->i), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void shadow__close(struct shadow *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, shadow)
#line 29 "/work/main/test/run/shadowed-names.c"
 

int main(void)
{
    struct shadow g = shadow(1);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 1 10 20 21 10 100 101 15 1 3
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 3
    return 0;
}

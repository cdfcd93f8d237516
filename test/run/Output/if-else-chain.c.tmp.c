// An if / else-if / else chain with yields in several branches, taken in turn by different inputs, including a branch without a yield.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_classify
struct classify {
    unsigned char yc_state;  /* 0: not started, 1..7: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int x;  /* parameter 'x', line 6 */
    int r;  /* local 'r', line 8 */
};
#endif
struct classify classify(int x);
bool classify__next(struct classify *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type classify__send(struct classify *, ...);
void classify__close(struct classify *yc_f);
const struct yc_kind *classify__kind(void);
#ifdef YC__HGEN_classify
#define YC__LGEN_classify(op)
#else
#define YC__LGEN_classify(op) struct classify *: classify__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_classify(op)
struct classify classify(int x)
{
    return (struct classify){ .yc_state = 0, .x = x };
}
bool classify__next(struct classify *yc_f)
{
    int x = yc_f->x;
    switch (YC__ENTER(yc_f, "classify")) {
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
#line 7 "/work/main/test/run/if-else-chain.c"
{
    int r = 0;
    if (x < 0) {
        { yc_f->yc_value = (-1); yc_f->x = x; yc_f->r = r; yc_f->yc_state = 1; return true; yc_resume_1:; r = yc_f->r;  }
        r = 1;
        { yc_f->yc_value = (-2); yc_f->x = x; yc_f->r = r; yc_f->yc_state = 2; return true; yc_resume_2:; r = yc_f->r;  }
    } else if (x == 0) {
        { yc_f->yc_value = (0); yc_f->x = x; yc_f->r = r; yc_f->yc_state = 3; return true; yc_resume_3:; r = yc_f->r;  }
        r = 2;
    } else if (x < 10) {
        r = 3;
    } else {
        { yc_f->yc_value = (10); yc_f->x = x; yc_f->r = r; yc_f->yc_state = 4; return true; yc_resume_4:; r = yc_f->r;  }
        if (x > 100)
            { yc_f->yc_value = (100); yc_f->x = x; yc_f->r = r; yc_f->yc_state = 5; return true; yc_resume_5:; r = yc_f->r;  }
        else
            { yc_f->yc_value = (50); yc_f->x = x; yc_f->r = r; yc_f->yc_state = 6; return true; yc_resume_6:; r = yc_f->r;  }
        r = 4;
    }
    { yc_f->yc_value = (1000 + r); yc_f->x = x; yc_f->r = r; yc_f->yc_state = 7; return true; yc_resume_7:; r = yc_f->r;  }
    return yc_f->yc_result = (r * x), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void classify__close(struct classify *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, classify)
#line 28 "/work/main/test/run/if-else-chain.c"
 

static void run(int x)
{
    struct classify g = classify(x);
    printf("x=%d:", x);
    while (yc_next(&g))
        printf(" %d", yc_value(&g));
    printf(" -> %d\n", yc_result(&g));
}

int main(void)
{
    run(-5);
    // CHECK: x=-5: -1 -2 1001 -> -5
    run(0);
    // CHECK-NEXT: x=0: 0 1002 -> 0
    run(7);
    // CHECK-NEXT: x=7: 1003 -> 21
    run(20);
    // CHECK-NEXT: x=20: 10 50 1004 -> 80
    run(200);
    // CHECK-NEXT: x=200: 10 100 1004 -> 800
    return 0;
}

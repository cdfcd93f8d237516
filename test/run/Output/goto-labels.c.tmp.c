// goto and labels jumping backwards and forwards around and across yields, including a jump to a label right after a yield.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_jumpy
struct jumpy {
    unsigned char yc_state;  /* 0: not started, 1..6: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int i;  /* local 'i', line 8 */
    int hops;  /* local 'hops', line 9 */
};
#endif
struct jumpy jumpy(int n);
bool jumpy__next(struct jumpy *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type jumpy__send(struct jumpy *, ...);
void jumpy__close(struct jumpy *yc_f);
const struct yc_kind *jumpy__kind(void);
#ifdef YC__HGEN_jumpy
#define YC__LGEN_jumpy(op)
#else
#define YC__LGEN_jumpy(op) struct jumpy *: jumpy__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_jumpy(op)
struct jumpy jumpy(int n)
{
    return (struct jumpy){ .yc_state = 0, .n = n };
}
bool jumpy__next(struct jumpy *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "jumpy")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    case 4: goto yc_resume_4;
    case 5: goto yc_resume_5;
    case 6: goto yc_resume_6;
    default: return false;
    }
#line 7 "/work/main/test/run/goto-labels.c"
{
    int i = 0;
    int hops = 0;
again:
    { yc_f->yc_value = (i); yc_f->n = n; yc_f->i = i; yc_f->hops = hops; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i; hops = yc_f->hops;  }
    i++;
    if (i < n)
        goto again;          /* backwards, across the yield */
    goto skip;               /* forwards, over a yield */
    { yc_f->yc_value = (-1); yc_f->n = n; yc_f->i = i; yc_f->hops = hops; yc_f->yc_state = 2; return true; yc_resume_2:; i = yc_f->i; hops = yc_f->hops;  }
skip:
    hops++;
    if (hops == 1) {
        { yc_f->yc_value = (100); yc_f->n = n; yc_f->i = i; yc_f->hops = hops; yc_f->yc_state = 3; return true; yc_resume_3:; i = yc_f->i; hops = yc_f->hops;  }
        goto skip;           /* backwards, from after a yield */
    }
    if (hops == 2)
        goto middle;         /* forwards, to a label right after a yield */
    { yc_f->yc_value = (200); yc_f->n = n; yc_f->i = i; yc_f->hops = hops; yc_f->yc_state = 4; return true; yc_resume_4:; i = yc_f->i; hops = yc_f->hops;  }
middle:
    hops += 10;
    if (hops < 20) {
        { yc_f->yc_value = (300); yc_f->n = n; yc_f->i = i; yc_f->hops = hops; yc_f->yc_state = 5; return true; yc_resume_5:; i = yc_f->i; hops = yc_f->hops;  }
        goto done;
    }
    { yc_f->yc_value = (-2); yc_f->n = n; yc_f->i = i; yc_f->hops = hops; yc_f->yc_state = 6; return true; yc_resume_6:; i = yc_f->i; hops = yc_f->hops;  }
done:
    return yc_f->yc_result = (i * 100 + hops), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void jumpy__close(struct jumpy *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, jumpy)
#line 35 "/work/main/test/run/goto-labels.c"
 

int main(void)
{
    struct jumpy g = jumpy(3);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 0 1 2 100 300
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 312
    return 0;
}

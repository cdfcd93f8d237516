// Nested compound blocks with yields at several depths; each block's locals keep their values across yields.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_blocks
struct blocks {
    unsigned char yc_state;  /* 0: not started, 1..7: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int base;  /* parameter 'base', line 6 */
    int a;  /* local 'a', line 8 */
    int b;  /* local 'b', line 10 */
    int c;  /* local 'c', line 13 */
    int d;  /* local 'd', line 17 */
    int e;  /* local 'e', line 29 */
};
#endif
struct blocks blocks(int base);
bool blocks__next(struct blocks *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type blocks__send(struct blocks *, ...);
void blocks__close(struct blocks *yc_f);
const struct yc_kind *blocks__kind(void);
#ifdef YC__HGEN_blocks
#define YC__LGEN_blocks(op)
#else
#define YC__LGEN_blocks(op) struct blocks *: blocks__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_blocks(op)
struct blocks blocks(int base)
{
    return (struct blocks){ .yc_state = 0, .base = base };
}
bool blocks__next(struct blocks *yc_f)
{
    int base = yc_f->base;
    switch (YC__ENTER(yc_f, "blocks")) {
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
#line 7 "/work/main/test/run/nested-blocks.c"
{
    int a = base;
    {
        int b = a + 1;
        { yc_f->yc_value = (b); yc_f->base = base; yc_f->a = a; yc_f->b = b; yc_f->yc_state = 1; return true; yc_resume_1:; a = yc_f->a; b = yc_f->b;  }
        {
            int c = b + 1;
            { yc_f->yc_value = (c); yc_f->base = base; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->yc_state = 2; return true; yc_resume_2:; a = yc_f->a; b = yc_f->b; c = yc_f->c;  }
            {
                {
                    int d = c + b + a;
                    { yc_f->yc_value = (d); yc_f->base = base; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->d = d; yc_f->yc_state = 3; return true; yc_resume_3:; a = yc_f->a; b = yc_f->b; c = yc_f->c; d = yc_f->d;  }
                    d++;
                    { yc_f->yc_value = (d); yc_f->base = base; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->d = d; yc_f->yc_state = 4; return true; yc_resume_4:; a = yc_f->a; b = yc_f->b; c = yc_f->c; d = yc_f->d;  }
                }
                { yc_f->yc_value = (c * 2); yc_f->base = base; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->yc_state = 5; return true; yc_resume_5:; a = yc_f->a; b = yc_f->b; c = yc_f->c;  }
            }
            a = c;
        }
        { yc_f->yc_value = (b); yc_f->base = base; yc_f->a = a; yc_f->b = b; yc_f->yc_state = 6; return true; yc_resume_6:; a = yc_f->a; b = yc_f->b;  }
    }
    {
        int e = a * 3;
        {}
        { yc_f->yc_value = (e); yc_f->base = base; yc_f->a = a; yc_f->e = e; yc_f->yc_state = 7; return true; yc_resume_7:; a = yc_f->a; e = yc_f->e;  }
        { ; }
        a = e;
    }
    return yc_f->yc_result = (a), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void blocks__close(struct blocks *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, blocks)
#line 36 "/work/main/test/run/nested-blocks.c"
 

int main(void)
{
    struct blocks g = blocks(5);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 6 7 18 19 14 6 21
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 21
    return 0;
}

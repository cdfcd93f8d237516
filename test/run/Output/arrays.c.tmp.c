// A local array filled across yields, a pointer into it kept across yields, and a 2-D array; all keep their contents while suspended.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_fill
struct fill {
    unsigned char yc_state;  /* 0: not started, 1..8: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int buf[8];  /* local 'buf', line 8 */
    int *p;  /* local 'p', line 9 */
    int i;  /* local 'i', line 10 */
    int *q;  /* local 'q', line 14 */
    int sum;  /* local 'sum', line 18 */
    int i_2;  /* local 'i', line 19 */
    int m[2][3];  /* local 'm', line 23 */
    __typeof__(int (*)[3]) row;  /* local 'row', line 24 */
    char s[6];  /* local 's', line 28 */
    char *c;  /* local 'c', line 29 */
};
#endif
struct fill fill(int n);
bool fill__next(struct fill *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type fill__send(struct fill *, ...);
void fill__close(struct fill *yc_f);
const struct yc_kind *fill__kind(void);
#ifdef YC__HGEN_fill
#define YC__LGEN_fill(op)
#else
#define YC__LGEN_fill(op) struct fill *: fill__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_fill(op)
struct fill fill(int n)
{
    return (struct fill){ .yc_state = 0, .n = n };
}
bool fill__next(struct fill *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "fill")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    case 4: goto yc_resume_4;
    case 5: goto yc_resume_5;
    case 6: goto yc_resume_6;
    case 7: goto yc_resume_7;
    case 8: goto yc_resume_8;
    default: return false;
    }
#line 7 "/work/main/test/run/arrays.c"
{
    int yc_init_buf[8] = {0}; memcpy((void *)&yc_f->buf, (const void *)&yc_init_buf, sizeof yc_f->buf);
    int *p = yc_f->buf;
    for (int i = 0; i < n; i++) {
        *p++ = i * i;
        { yc_f->yc_value = ((int)(p - yc_f->buf)); yc_f->n = n; yc_f->p = p; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; p = yc_f->p; i = yc_f->i;  }
    }
    int *q = &yc_f->buf[1];
    { yc_f->yc_value = (*q); yc_f->n = n; yc_f->p = p; yc_f->q = q; yc_f->yc_state = 2; return true; yc_resume_2:; p = yc_f->p; q = yc_f->q;  }
    q[1] = 42;
    { yc_f->yc_value = (yc_f->buf[2]); yc_f->n = n; yc_f->p = p; yc_f->q = q; yc_f->yc_state = 3; return true; yc_resume_3:; p = yc_f->p; q = yc_f->q;  }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
        sum += yc_f->buf[i];
        { yc_f->yc_value = (sum); yc_f->n = n; yc_f->p = p; yc_f->q = q; yc_f->sum = sum; yc_f->i_2 = i; yc_f->yc_state = 4; return true; yc_resume_4:; p = yc_f->p; q = yc_f->q; sum = yc_f->sum; i = yc_f->i_2;  }
    }
    int yc_init_m[2][3] = { {1, 2, 3}, {4, 5, 6} }; memcpy((void *)&yc_f->m, (const void *)&yc_init_m, sizeof yc_f->m);
    int (*row)[3] = &yc_f->m[1];
    { yc_f->yc_value = ((*row)[2]); yc_f->n = n; yc_f->p = p; yc_f->q = q; yc_f->sum = sum; yc_f->row = row; yc_f->yc_state = 5; return true; yc_resume_5:; p = yc_f->p; q = yc_f->q; sum = yc_f->sum; row = yc_f->row;  }
    (*row)[0] = 40;
    { yc_f->yc_value = (yc_f->m[1][0] + yc_f->m[0][0]); yc_f->n = n; yc_f->p = p; yc_f->q = q; yc_f->sum = sum; yc_f->row = row; yc_f->yc_state = 6; return true; yc_resume_6:; p = yc_f->p; q = yc_f->q; sum = yc_f->sum; row = yc_f->row;  }
    char yc_init_s[6] = "hello"; memcpy((void *)&yc_f->s, (const void *)&yc_init_s, sizeof yc_f->s);
    char *c = yc_f->s + 4;
    { yc_f->yc_value = (*c); yc_f->n = n; yc_f->p = p; yc_f->q = q; yc_f->sum = sum; yc_f->row = row; yc_f->c = c; yc_f->yc_state = 7; return true; yc_resume_7:; p = yc_f->p; q = yc_f->q; sum = yc_f->sum; row = yc_f->row; c = yc_f->c;  }
    *c = '!';
    { yc_f->yc_value = (yc_f->s[4]); yc_f->n = n; yc_f->p = p; yc_f->q = q; yc_f->sum = sum; yc_f->row = row; yc_f->c = c; yc_f->yc_state = 8; return true; yc_resume_8:; p = yc_f->p; q = yc_f->q; sum = yc_f->sum; row = yc_f->row; c = yc_f->c;  }
    return yc_f->yc_result = (sum + (int)sizeof yc_f->buf), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void fill__close(struct fill *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, fill)
#line 34 "/work/main/test/run/arrays.c"
 

int main(void)
{
    struct fill g = fill(4);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 1 2 3 4 1 42 0 1 43 52 52 52 52 52 6 41 111 33
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 84
    return 0;
}

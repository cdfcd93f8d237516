// Declarations with initializers anywhere: after yields, in nested scopes, several per statement, initializers depending on earlier ones.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_decls
struct decls {
    unsigned char yc_state;  /* 0: not started, 1..15: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 6 */
    int a;  /* local 'a', line 9 */
    int b;  /* local 'b', line 9 */
    int c;  /* local 'c', line 9 */
    int x;  /* local 'x', line 14 */
    int *px;  /* local 'px', line 14 */
    int y;  /* local 'y', line 14 */
    int p;  /* local 'p', line 19 */
    int q;  /* local 'q', line 19 */
    int r;  /* local 'r', line 21 */
    int s;  /* local 's', line 21 */
    int i;  /* local 'i', line 27 */
    int j;  /* local 'j', line 27 */
    int k;  /* local 'k', line 28 */
    int m;  /* local 'm', line 28 */
    unsigned long big;  /* local 'big', line 32 */
    char ch;  /* local 'ch', line 32 */
    double half;  /* local 'half', line 32 */
};
#endif
struct decls decls(int n);
bool decls__next(struct decls *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type decls__send(struct decls *, ...);
void decls__close(struct decls *yc_f);
const struct yc_kind *decls__kind(void);
#ifdef YC__HGEN_decls
#define YC__LGEN_decls(op)
#else
#define YC__LGEN_decls(op) struct decls *: decls__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_decls(op)
struct decls decls(int n)
{
    return (struct decls){ .yc_state = 0, .n = n };
}
bool decls__next(struct decls *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "decls")) {
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
    case 11: goto yc_resume_11;
    case 12: goto yc_resume_12;
    case 13: goto yc_resume_13;
    case 14: goto yc_resume_14;
    case 15: goto yc_resume_15;
    default: return false;
    }
#line 7 "/work/main/test/run/declarations-anywhere.c"
{
    { yc_f->yc_value = (n); yc_f->n = n; yc_f->yc_state = 1; return true; yc_resume_1:;  }
    int a = n + 1, b = a * 2, c = yc_f->c;
    c = a + b;
    { yc_f->yc_value = (a); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->yc_state = 2; return true; yc_resume_2:; a = yc_f->a; b = yc_f->b; c = yc_f->c;  }
    { yc_f->yc_value = (b); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->yc_state = 3; return true; yc_resume_3:; a = yc_f->a; b = yc_f->b; c = yc_f->c;  }
    { yc_f->yc_value = (c); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->yc_state = 4; return true; yc_resume_4:; a = yc_f->a; b = yc_f->b; c = yc_f->c;  }
    int yc_init_x = yc_f->x = (1), *px = &yc_f->x, y = *px + 10; (void)yc_init_x;
    { yc_f->yc_value = (y); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->yc_state = 5; return true; yc_resume_5:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y;  }
    *px = 5;
    { yc_f->yc_value = (yc_f->x); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->yc_state = 6; return true; yc_resume_6:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y;  }
    if (n > 0) {
        int p = a + 100, q = p + 1;
        { yc_f->yc_value = (p); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->p = p; yc_f->q = q; yc_f->yc_state = 7; return true; yc_resume_7:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y; p = yc_f->p; q = yc_f->q;  }
        int r = q + 1, s = r * 2;
        { yc_f->yc_value = (q); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->p = p; yc_f->q = q; yc_f->r = r; yc_f->s = s; yc_f->yc_state = 8; return true; yc_resume_8:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y; p = yc_f->p; q = yc_f->q; r = yc_f->r; s = yc_f->s;  }
        { yc_f->yc_value = (r); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->p = p; yc_f->q = q; yc_f->r = r; yc_f->s = s; yc_f->yc_state = 9; return true; yc_resume_9:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y; p = yc_f->p; q = yc_f->q; r = yc_f->r; s = yc_f->s;  }
        { yc_f->yc_value = (s); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->p = p; yc_f->q = q; yc_f->r = r; yc_f->s = s; yc_f->yc_state = 10; return true; yc_resume_10:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y; p = yc_f->p; q = yc_f->q; r = yc_f->r; s = yc_f->s;  }
        c = s;
    }
    for (int i = 0, j = 10; i < 2; i++, j--) {
        int k = i + j, m = k * 2;
        { yc_f->yc_value = (k); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->i = i; yc_f->j = j; yc_f->k = k; yc_f->m = m; yc_f->yc_state = 11; return true; yc_resume_11:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y; i = yc_f->i; j = yc_f->j; k = yc_f->k; m = yc_f->m;  }
        { yc_f->yc_value = (m); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->i = i; yc_f->j = j; yc_f->k = k; yc_f->m = m; yc_f->yc_state = 12; return true; yc_resume_12:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y; i = yc_f->i; j = yc_f->j; k = yc_f->k; m = yc_f->m;  }
    }
    unsigned long big = 4000000000UL; char ch = 'z'; double half = 0.5;
    { yc_f->yc_value = ((int)(big / 1000000UL)); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->big = big; yc_f->ch = ch; yc_f->half = half; yc_f->yc_state = 13; return true; yc_resume_13:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y; big = yc_f->big; ch = yc_f->ch; half = yc_f->half;  }
    { yc_f->yc_value = (ch); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->big = big; yc_f->ch = ch; yc_f->half = half; yc_f->yc_state = 14; return true; yc_resume_14:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y; big = yc_f->big; ch = yc_f->ch; half = yc_f->half;  }
    { yc_f->yc_value = ((int)(half * 4)); yc_f->n = n; yc_f->a = a; yc_f->b = b; yc_f->c = c; yc_f->px = px; yc_f->y = y; yc_f->big = big; yc_f->ch = ch; yc_f->half = half; yc_f->yc_state = 15; return true; yc_resume_15:; a = yc_f->a; b = yc_f->b; c = yc_f->c; px = yc_f->px; y = yc_f->y; big = yc_f->big; ch = yc_f->ch; half = yc_f->half;  }
    return yc_f->yc_result = (c), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void decls__close(struct decls *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, decls)
#line 37 "/work/main/test/run/declarations-anywhere.c"
 

int main(void)
{
    struct decls g = decls(2);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 2 3 6 9 11 5 103 104 105 210 10 20 10 20 4000 122 2
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 210
    return 0;
}

// A pointer to a local taken before a yield stays valid after it (frame not moved): writes through it and reads of the local agree.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void add(int *p, int v) { *p += v; }

struct node { int val; struct node *next; };

#ifndef YC__HGEN_counter
struct counter {
    unsigned char yc_state;  /* 0: not started, 1..4: suspended at yield N, then running, done */
    int *yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int x;  /* local 'x', line 12 */
    int *px;  /* local 'px', line 13 */
    struct node a;  /* local 'a', line 19 */
    struct node b;  /* local 'b', line 19 */
    struct node *head;  /* local 'head', line 20 */
};
#endif
struct counter counter(void);
bool counter__next(struct counter *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type counter__send(struct counter *, ...);
void counter__close(struct counter *yc_f);
const struct yc_kind *counter__kind(void);
#ifdef YC__HGEN_counter
#define YC__LGEN_counter(op)
#else
#define YC__LGEN_counter(op) struct counter *: counter__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_counter(op)
struct counter counter(void)
{
    return (struct counter){ .yc_state = 0 };
}
bool counter__next(struct counter *yc_f)
{
    switch (YC__ENTER(yc_f, "counter")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    case 4: goto yc_resume_4;
    default: return false;
    }
#line 11 "/work/main/test/run/pointer-to-local.c"
{
    yc_f->x = (10);
    int *px = &yc_f->x;
    { yc_f->yc_value = (px); yc_f->px = px; yc_f->yc_state = 1; return true; yc_resume_1:; px = yc_f->px;  }                 /* the caller may write through it */
    { yc_f->yc_value = (&yc_f->x); yc_f->px = px; yc_f->yc_state = 2; return true; yc_resume_2:; px = yc_f->px;  }
    *px += 1;
    add(&yc_f->x, 100);
    { yc_f->yc_value = (px); yc_f->px = px; yc_f->yc_state = 3; return true; yc_resume_3:; px = yc_f->px;  }
    struct node yc_init_a = { 1, NULL }, yc_init_b = { 2, &yc_f->a }; memcpy((void *)&yc_f->a, (const void *)&yc_init_a, sizeof yc_f->a); memcpy((void *)&yc_f->b, (const void *)&yc_init_b, sizeof yc_f->b);
    struct node *head = &yc_f->b;
    { yc_f->yc_value = (&head->next->val); yc_f->px = px; yc_f->head = head; yc_f->yc_state = 4; return true; yc_resume_4:; px = yc_f->px; head = yc_f->head;  }
    int sum = 0;
    for (struct node *n = head; n; n = n->next)
        sum += n->val;
    return yc_f->yc_result = (sum * 1000 + yc_f->x), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void counter__close(struct counter *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, counter)
#line 26 "/work/main/test/run/pointer-to-local.c"
 

int main(void)
{
    struct counter g = counter();
    yc_next(&g);
    int *p = yc_value(&g);
    printf("first %d\n", *p);
    // CHECK: first 10
    *p = 20;
    yc_next(&g);
    printf("same %d now %d\n", yc_value(&g) == p, *yc_value(&g));
    // CHECK-NEXT: same 1 now 20
    yc_next(&g);
    printf("same %d now %d\n", yc_value(&g) == p, *p);
    // CHECK-NEXT: same 1 now 121
    yc_next(&g);
    int *aval = yc_value(&g);
    printf("a.val %d\n", *aval);
    // CHECK-NEXT: a.val 1
    *aval = 5;
    bool more = yc_next(&g);
    printf("more %d result %d\n", more, yc_result(&g));
    // CHECK-NEXT: more 0 result 7121
    return 0;
}

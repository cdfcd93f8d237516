// Static locals stay static: one object per function, shared by two interleaved instances, initialized once, kept across yields.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_ticket
struct ticket {
    unsigned char yc_state;  /* 0: not started, 1..2: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int id;  /* parameter 'id', line 6 */
    int mine;  /* local 'mine', line 9 */
    int k;  /* local 'k', line 10 */
};
#endif
struct ticket ticket(int id);
bool ticket__next(struct ticket *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type ticket__send(struct ticket *, ...);
void ticket__close(struct ticket *yc_f);
const struct yc_kind *ticket__kind(void);
#ifdef YC__HGEN_ticket
#define YC__LGEN_ticket(op)
#else
#define YC__LGEN_ticket(op) struct ticket *: ticket__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_ticket(op)
struct ticket ticket(int id)
{
    return (struct ticket){ .yc_state = 0, .id = id };
}
bool ticket__next(struct ticket *yc_f)
{
    int id = yc_f->id;
    switch (YC__ENTER(yc_f, "ticket")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    default: return false;
    }
#line 7 "/work/main/test/run/static-locals.c"
{
    static int next_ticket = 100;
    int mine = 0;
    for (int k = 0; k < 2; k++) {
        mine = next_ticket++;
        { yc_f->yc_value = (id * 1000 + mine); yc_f->id = id; yc_f->mine = mine; yc_f->k = k; yc_f->yc_state = 1; return true; yc_resume_1:; mine = yc_f->mine; k = yc_f->k;  }
    }
    {
        static const char tag[] = "T";
        { yc_f->yc_value = (tag[0]); yc_f->id = id; yc_f->mine = mine; yc_f->yc_state = 2; return true; yc_resume_2:; mine = yc_f->mine;  }
    }
    return yc_f->yc_result = (next_ticket), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void ticket__close(struct ticket *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, ticket)
#line 19 "/work/main/test/run/static-locals.c"
 

int main(void)
{
    struct ticket a = ticket(1);
    struct ticket b = ticket(2);
    yc_next(&a);
    printf("a %d\n", yc_value(&a));
    // CHECK: a 1100
    yc_next(&b);
    printf("b %d\n", yc_value(&b));
    // CHECK-NEXT: b 2101
    yc_next(&a);
    printf("a %d\n", yc_value(&a));
    // CHECK-NEXT: a 1102
    yc_next(&b);
    printf("b %d\n", yc_value(&b));
    // CHECK-NEXT: b 2103
    yc_next(&a);
    printf("a %c\n", yc_value(&a));
    // CHECK-NEXT: a T
    bool more = yc_next(&a);
    printf("next %d %d\n", more, yc_result(&a));
    // CHECK-NEXT: next 0 104
    struct ticket c = ticket(3);
    yc_next(&c);
    printf("c %d\n", yc_value(&c));
    // CHECK-NEXT: c 3104
    yc_next(&b);
    yc_next(&b);
    printf("b result %d done %d\n", yc_result(&b), yc_done(&b));
    // CHECK-NEXT: b result 105 done 1
    return 0;
}

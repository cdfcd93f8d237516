// A prototype `generator(int) int f(int);` before the definition, with a caller between them that creates and drives the generator.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_evens
struct evens {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int limit;  /* parameter 'limit', line 29 */
    int count;  /* local 'count', line 31 */
    int i;  /* local 'i', line 32 */
};
#endif
struct evens evens(int limit);
bool evens__next(struct evens *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type evens__send(struct evens *, ...);
void evens__close(struct evens *yc_f);
const struct yc_kind *evens__kind(void);
#ifdef YC__HGEN_evens
#define YC__LGEN_evens(op)
#else
#define YC__LGEN_evens(op) struct evens *: evens__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_evens(op)
#line 6 "/work/main/test/run/prototype-before-definition.c"
                                    

static int drive(int limit)
{
    struct evens g = evens(limit);
    printf("size ok %d\n", sizeof g >= sizeof(int));
    while (yc_next(&g))
        printf("even %d\n", yc_value(&g));
    return yc_result(&g);
}

int main(void)
{
    int r = drive(5);
    printf("result %d\n", r);
    return 0;
}
// CHECK: size ok 1
// CHECK-NEXT: even 0
// CHECK-NEXT: even 2
// CHECK-NEXT: even 4
// CHECK-NEXT: result 3

struct evens evens(int limit)
{
    return (struct evens){ .yc_state = 0, .limit = limit };
}
bool evens__next(struct evens *yc_f)
{
    int limit = yc_f->limit;
    switch (YC__ENTER(yc_f, "evens")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 30 "/work/main/test/run/prototype-before-definition.c"
{
    int count = 0;
    for (int i = 0; i <= limit; i += 2) {
        { yc_f->yc_value = (i); yc_f->limit = limit; yc_f->count = count; yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; count = yc_f->count; i = yc_f->i;  }
        count++;
    }
    return yc_f->yc_result = (count), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void evens__close(struct evens *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, evens)
#line 37 "/work/main/test/run/prototype-before-definition.c"
 

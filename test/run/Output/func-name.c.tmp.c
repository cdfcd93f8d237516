// __func__ inside a generator body names the generator itself, before and after yields and in nested blocks.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_my_gen
struct my_gen {
    unsigned char yc_state;  /* 0: not started, 1..2: suspended at yield N, then running, done */
    const char *yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    const char *name;  /* local 'name', line 11 */
};
#endif
struct my_gen my_gen(void);
bool my_gen__next(struct my_gen *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type my_gen__send(struct my_gen *, ...);
void my_gen__close(struct my_gen *yc_f);
const struct yc_kind *my_gen__kind(void);
#ifdef YC__HGEN_my_gen
#define YC__LGEN_my_gen(op)
#else
#define YC__LGEN_my_gen(op) struct my_gen *: my_gen__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_my_gen(op)
struct my_gen my_gen(void)
{
    return (struct my_gen){ .yc_state = 0 };
}
bool my_gen__next(struct my_gen *yc_f)
{
    switch (YC__ENTER(yc_f, "my_gen")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    default: return false;
    }
#line 7 "/work/main/test/run/func-name.c"
{
    printf("start in %s\n", "my_gen");
    { yc_f->yc_value = ("my_gen"); yc_f->yc_state = 1; return true; yc_resume_1:;  }
    {
        const char *name = "my_gen";
        { yc_f->yc_value = (name); yc_f->name = name; yc_f->yc_state = 2; return true; yc_resume_2:; name = yc_f->name;  }
        printf("resumed in %s\n", name);
    }
    printf("end in %s\n", "my_gen");
    return yc_f->yc_result = ((int)sizeof "my_gen"), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void my_gen__close(struct my_gen *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, my_gen)
#line 17 "/work/main/test/run/func-name.c"
 

int main(void)
{
    struct my_gen g = my_gen();
    while (yc_next(&g))
        printf("yielded %s\n", yc_value(&g));
    // CHECK: start in my_gen
    // CHECK-NEXT: yielded my_gen
    // CHECK-NEXT: yielded my_gen
    // CHECK-NEXT: resumed in my_gen
    // CHECK-NEXT: end in my_gen
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 7
    return 0;
}

// Compound literals and designated initializers in generator bodies, in declarations before and after yields and in yielded values.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct rgb { int r, g, b; };
struct shape { int kind; struct rgb color; int pts[4]; };

static int sum3(struct rgb c) { return c.r + c.g + c.b; }

#ifndef YC__HGEN_colors
struct colors {
    unsigned char yc_state;  /* 0: not started, 1..5: suspended at yield N, then running, done */
    struct rgb yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int scale;  /* parameter 'scale', line 11 */
    struct rgb base;  /* local 'base', line 13 */
    int arr[5];  /* local 'arr', line 15 */
    struct shape s;  /* local 's', line 16 */
    int *lit;  /* local 'lit', line 19 */
};
#endif
struct colors colors(int scale);
bool colors__next(struct colors *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type colors__send(struct colors *, ...);
void colors__close(struct colors *yc_f);
const struct yc_kind *colors__kind(void);
#ifdef YC__HGEN_colors
#define YC__LGEN_colors(op)
#else
#define YC__LGEN_colors(op) struct colors *: colors__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_colors(op)
struct colors colors(int scale)
{
    return (struct colors){ .yc_state = 0, .scale = scale };
}
bool colors__next(struct colors *yc_f)
{
    int scale = yc_f->scale;
    switch (YC__ENTER(yc_f, "colors")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    case 4: goto yc_resume_4;
    case 5: goto yc_resume_5;
    default: return false;
    }
#line 12 "/work/main/test/run/compound-literals-designated.c"
{
    struct rgb base = { .b = 3, .r = 1 };
    { yc_f->yc_value = (base); yc_f->scale = scale; yc_f->base = base; yc_f->yc_state = 1; return true; yc_resume_1:; base = yc_f->base;  }
    int yc_init_arr[5] = { [4] = 40, [1] = 10 }; memcpy((void *)&yc_f->arr, (const void *)&yc_init_arr, sizeof yc_f->arr);
    struct shape s = { .color = { .g = 2 * scale }, .pts = { [2] = 7 }, .kind = 9 };
    { yc_f->yc_value = (s.color); yc_f->scale = scale; yc_f->base = base; yc_f->s = s; yc_f->yc_state = 2; return true; yc_resume_2:; base = yc_f->base; s = yc_f->s;  }
    { yc_f->yc_value = ((struct rgb){ .r = yc_f->arr[1], .g = yc_f->arr[4], .b = s.pts[2] }); yc_f->scale = scale; yc_f->base = base; yc_f->s = s; yc_f->yc_state = 3; return true; yc_resume_3:; base = yc_f->base; s = yc_f->s;  };
    int *lit = (int[]){ 100, 200, 300 };
    { yc_f->yc_value = ((struct rgb){ lit[0], lit[1], lit[2] }); yc_f->scale = scale; yc_f->base = base; yc_f->s = s; yc_f->lit = lit; yc_f->yc_state = 4; return true; yc_resume_4:; base = yc_f->base; s = yc_f->s; lit = yc_f->lit;  };
    lit[1] += 1;
    { yc_f->yc_value = ((struct rgb){ .g = lit[1] }); yc_f->scale = scale; yc_f->base = base; yc_f->s = s; yc_f->lit = lit; yc_f->yc_state = 5; return true; yc_resume_5:; base = yc_f->base; s = yc_f->s; lit = yc_f->lit;  };
    int total = sum3((struct rgb){ .r = s.kind, .b = yc_f->arr[0] }) + s.pts[0] + s.pts[3];
    return yc_f->yc_result = (total), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void colors__close(struct colors *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, colors)
#line 25 "/work/main/test/run/compound-literals-designated.c"
 

int main(void)
{
    struct colors g = colors(5);
    while (yc_next(&g)) {
        struct rgb c = yc_value(&g);
        printf("rgb %d %d %d\n", c.r, c.g, c.b);
    }
    // CHECK: rgb 1 0 3
    // CHECK-NEXT: rgb 0 10 0
    // CHECK-NEXT: rgb 10 40 7
    // CHECK-NEXT: rgb 100 200 300
    // CHECK-NEXT: rgb 0 201 0
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 9
    return 0;
}

// Structs and unions as locals kept across yields and as the yield type (generator(struct point), generator(union num)), and a struct result.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct point { int x, y; };
union num { int i; float f; unsigned char bytes[4]; };
struct box { struct point lo, hi; char name[8]; };

#ifndef YC__HGEN_walk
struct walk {
    unsigned char yc_state;  /* 0: not started, 1..2: suspended at yield N, then running, done */
    struct point yc_value;  /* the last value yielded */
    struct box yc_result;  /* the value returned */
    int n;  /* parameter 'n', line 10 */
    struct point p;  /* local 'p', line 12 */
    struct box b;  /* local 'b', line 13 */
    int k;  /* local 'k', line 14 */
    struct point q;  /* local 'q', line 21 */
};
#endif
struct walk walk(int n);
bool walk__next(struct walk *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type walk__send(struct walk *, ...);
void walk__close(struct walk *yc_f);
const struct yc_kind *walk__kind(void);
#ifdef YC__HGEN_walk
#define YC__LGEN_walk(op)
#else
#define YC__LGEN_walk(op) struct walk *: walk__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_walk(op)
struct walk walk(int n)
{
    return (struct walk){ .yc_state = 0, .n = n };
}
bool walk__next(struct walk *yc_f)
{
    int n = yc_f->n;
    switch (YC__ENTER(yc_f, "walk")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    default: return false;
    }
#line 11 "/work/main/test/run/structs-unions.c"
{
    struct point p = { 0, 0 };
    struct box b = { { 0, 0 }, { 0, 0 }, "walk" };
    for (int k = 0; k < n; k++) {
        p.x += 1;
        p.y += k;
        { yc_f->yc_value = (p); yc_f->n = n; yc_f->p = p; yc_f->b = b; yc_f->k = k; yc_f->yc_state = 1; return true; yc_resume_1:; p = yc_f->p; b = yc_f->b; k = yc_f->k;  }
        if (p.x > b.hi.x) b.hi.x = p.x;
        if (p.y > b.hi.y) b.hi.y = p.y;
    }
    struct point q = p;
    q.x = -q.x;
    { yc_f->yc_value = (q); yc_f->n = n; yc_f->p = p; yc_f->b = b; yc_f->q = q; yc_f->yc_state = 2; return true; yc_resume_2:; p = yc_f->p; b = yc_f->b; q = yc_f->q;  }
    b.lo = q;
    return yc_f->yc_result = (b), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void walk__close(struct walk *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, walk)
#line 26 "/work/main/test/run/structs-unions.c"
 

#ifndef YC__HGEN_nums
struct nums {
    unsigned char yc_state;  /* 0: not started, 1..3: suspended at yield N, then running, done */
    union num yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    union num u;  /* local 'u', line 30 */
    union num v;  /* local 'v', line 35 */
};
#endif
struct nums nums(void);
bool nums__next(struct nums *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type nums__send(struct nums *, ...);
void nums__close(struct nums *yc_f);
const struct yc_kind *nums__kind(void);
#ifdef YC__HGEN_nums
#define YC__LGEN_nums(op)
#else
#define YC__LGEN_nums(op) struct nums *: nums__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_walk(op) YC__LGEN_nums(op)
struct nums nums(void)
{
    return (struct nums){ .yc_state = 0 };
}
bool nums__next(struct nums *yc_f)
{
    switch (YC__ENTER(yc_f, "nums")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    case 3: goto yc_resume_3;
    default: return false;
    }
#line 29 "/work/main/test/run/structs-unions.c"
{
    union num u = yc_f->u;
    u.i = 5;
    { yc_f->yc_value = (u); yc_f->u = u; yc_f->yc_state = 1; return true; yc_resume_1:; u = yc_f->u;  }
    u.f = 1.5f;
    { yc_f->yc_value = (u); yc_f->u = u; yc_f->yc_state = 2; return true; yc_resume_2:; u = yc_f->u;  }
    union num v = { .i = 7 };
    { yc_f->yc_value = (v); yc_f->u = u; yc_f->v = v; yc_f->yc_state = 3; return true; yc_resume_3:; u = yc_f->u; v = yc_f->v;  }
    return yc_f->yc_result = (v.i + u.i), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void nums__close(struct nums *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, nums)
#line 38 "/work/main/test/run/structs-unions.c"
 

int main(void)
{
    struct walk g = walk(3);
    struct point z = yc_value(&g);
    printf("zero %d %d\n", z.x, z.y);
    // CHECK: zero 0 0
    while (yc_next(&g)) {
        struct point p = yc_value(&g);
        printf("point %d %d\n", p.x, p.y);
    }
    // CHECK-NEXT: point 1 0
    // CHECK-NEXT: point 2 1
    // CHECK-NEXT: point 3 3
    // CHECK-NEXT: point -3 3
    struct box b = yc_result(&g);
    printf("box %s lo %d %d hi %d %d\n", b.name, b.lo.x, b.lo.y, b.hi.x, b.hi.y);
    // CHECK-NEXT: box walk lo -3 3 hi 3 3

    struct nums n = nums();
    yc_next(&n);
    printf("int %d\n", yc_value(&n).i);
    // CHECK-NEXT: int 5
    yc_next(&n);
    printf("float %.2f\n", yc_value(&n).f);
    // CHECK-NEXT: float 1.50
    yc_next(&n);
    printf("int %d\n", yc_value(&n).i);
    // CHECK-NEXT: int 7
    bool more = yc_next(&n);
    printf("more %d done %d\n", more, yc_done(&n));
    // CHECK-NEXT: more 0 done 1
    union num f15 = { .f = 1.5f };
    printf("result ok %d\n", yc_result(&n) == 7 + f15.i);
    // CHECK-NEXT: result ok 1
    return 0;
}

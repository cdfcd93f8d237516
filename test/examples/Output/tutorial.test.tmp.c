/*
 * tutorial.c -- the first steps of Python generators, in C.
 *
 * Python:
 *     def generator():
 *         print("generator: step 1"); yield 1
 *         print("generator: step 2"); yield 2
 *         print("generator: step 3"); return 3
 *
 *     gen = generator()
 *     next(gen); next(gen); some_function()
 *     try: next(gen)
 *     except StopIteration as e: print("result", e.value)
 */
#include <stdio.h>
#include <yieldc.h>

#ifndef YC__HGEN_steps
struct steps {
    unsigned char yc_state;  /* 0: not started, 1..2: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    const char *name;  /* parameter 'name', line 18 */
    int base;  /* parameter 'base', line 18 */
};
#endif
struct steps steps(const char *name, int base);
bool steps__next(struct steps *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type steps__send(struct steps *, ...);
void steps__close(struct steps *yc_f);
const struct yc_kind *steps__kind(void);
#ifdef YC__HGEN_steps
#define YC__LGEN_steps(op)
#else
#define YC__LGEN_steps(op) struct steps *: steps__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_steps(op)
struct steps steps(const char *name, int base)
{
    return (struct steps){ .yc_state = 0, .name = name, .base = base };
}
bool steps__next(struct steps *yc_f)
{
    const char *name = yc_f->name;
    int base = yc_f->base;
    switch (YC__ENTER(yc_f, "steps")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    default: return false;
    }
#line 19 "/work/main/examples/tutorial.c"
{
    printf("%s: step 1\n", name);
    { yc_f->yc_value = (base + 1); yc_f->name = name; yc_f->base = base; yc_f->yc_state = 1; return true; yc_resume_1:;  }
    printf("%s: step 2\n", name);
    { yc_f->yc_value = (base + 2); yc_f->name = name; yc_f->base = base; yc_f->yc_state = 2; return true; yc_resume_2:;  }
    printf("%s: step 3\n", name);
    return yc_f->yc_result = (base + 3), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void steps__close(struct steps *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, steps)
#line 26 "/work/main/examples/tutorial.c"
 

static void some_function(void)
{
    printf("caller: an ordinary function runs between two resumes\n");
}

int main(void)
{
    /* Calling the generator runs none of its body: it makes a frame. */
    struct steps gen = steps("generator", 0);
    printf("caller: created, %zu bytes, nothing ran yet\n", sizeof gen);

    yc_next(&gen);
    printf("caller: got %d\n", yc_value(&gen));
    yc_next(&gen);
    printf("caller: got %d\n", yc_value(&gen));
    some_function();
    if (!yc_next(&gen))     /* Python: StopIteration */
        printf("caller: finished with result %d\n", yc_result(&gen));

    /* Two generators resumed alternately by one caller. */
    struct steps a = steps("a", 10), b = steps("b", 20);
    bool a_live = true, b_live = true;
    while (a_live || b_live) {
        if (a_live && (a_live = yc_next(&a)))
            printf("caller: a gave %d\n", yc_value(&a));
        if (b_live && (b_live = yc_next(&b)))
            printf("caller: b gave %d\n", yc_value(&b));
    }
    printf("caller: a returned %d, b returned %d\n", yc_result(&a), yc_result(&b));
    return 0;
}

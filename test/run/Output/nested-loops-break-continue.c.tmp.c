// Nested loops whose break and continue statements run right after a resume, affecting the correct (innermost) loop.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int trace[64];
static int ntrace;

#ifndef YC__HGEN_grid
struct grid {
    unsigned char yc_state;  /* 0: not started, 1..2: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int visited;  /* local 'visited', line 11 */
    int i;  /* local 'i', line 12 */
    int j;  /* local 'j', line 15 */
    int w;  /* local 'w', line 24 */
};
#endif
struct grid grid(void);
bool grid__next(struct grid *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type grid__send(struct grid *, ...);
void grid__close(struct grid *yc_f);
const struct yc_kind *grid__kind(void);
#ifdef YC__HGEN_grid
#define YC__LGEN_grid(op)
#else
#define YC__LGEN_grid(op) struct grid *: grid__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_grid(op)
struct grid grid(void)
{
    return (struct grid){ .yc_state = 0 };
}
bool grid__next(struct grid *yc_f)
{
    switch (YC__ENTER(yc_f, "grid")) {
    case 0: break;
    case 1: goto yc_resume_1;
    case 2: goto yc_resume_2;
    default: return false;
    }
#line 10 "/work/main/test/run/nested-loops-break-continue.c"
{
    int visited = 0;
    for (int i = 0; i < 4; i++) {
        if (i == 3)
            break;
        for (int j = 0; j < 4; j++) {
            { yc_f->yc_value = (i * 10 + j); yc_f->visited = visited; yc_f->i = i; yc_f->j = j; yc_f->yc_state = 1; return true; yc_resume_1:; visited = yc_f->visited; i = yc_f->i; j = yc_f->j;  }
            visited++;
            if (j == 1)
                continue;
            if (i == 1 && j == 2)
                break;
            trace[ntrace++] = i * 10 + j;
        }
        int w = 0;
        while (1) {
            { yc_f->yc_value = (100 + w); yc_f->visited = visited; yc_f->i = i; yc_f->w = w; yc_f->yc_state = 2; return true; yc_resume_2:; visited = yc_f->visited; i = yc_f->i; w = yc_f->w;  }
            if (++w == 2)
                break;
            continue;
        }
        trace[ntrace++] = 500 + i;
    }
    return yc_f->yc_result = (visited), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void grid__close(struct grid *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, grid)
#line 34 "/work/main/test/run/nested-loops-break-continue.c"
 

int main(void)
{
    struct grid g = grid();
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 0 1 2 3 100 101 10 11 12 100 101 20 21 22 23 100 101
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 11
    for (int k = 0; k < ntrace; k++)
        printf("%d ", trace[k]);
    printf("\n");
    // CHECK-NEXT: 0 2 3 500 10 501 20 22 23 502
    return 0;
}

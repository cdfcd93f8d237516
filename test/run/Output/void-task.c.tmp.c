// generator(void) with bare `yield;`: a task whose steps are observed through side effects, with a void result.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int progress;

#ifndef YC__HGEN_task
struct task {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    const char *name;  /* parameter 'name', line 8 */
    int steps;  /* parameter 'steps', line 8 */
    int s;  /* local 's', line 11 */
};
#endif
struct task task(const char *name, int steps);
bool task__next(struct task *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type task__send(struct task *, ...);
void task__close(struct task *yc_f);
const struct yc_kind *task__kind(void);
#ifdef YC__HGEN_task
#define YC__LGEN_task(op)
#else
#define YC__LGEN_task(op) struct task *: task__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_task(op)
struct task task(const char *name, int steps)
{
    return (struct task){ .yc_state = 0, .name = name, .steps = steps };
}
bool task__next(struct task *yc_f)
{
    const char *name = yc_f->name;
    int steps = yc_f->steps;
    switch (YC__ENTER(yc_f, "task")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 9 "/work/main/test/run/void-task.c"
{
    printf("%s start\n", name);
    for (int s = 1; s <= steps; s++) {
        progress += s;
        printf("%s step %d\n", name, s);
        { yc_f->name = name; yc_f->steps = steps; yc_f->s = s; yc_f->yc_state = 1; return true; yc_resume_1:; s = yc_f->s;  }
    }
    printf("%s end\n", name);
}
    return YC_FINISH(yc_f);
}
void task__close(struct task *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, task)
#line 17 "/work/main/test/run/void-task.c"
 

int main(void)
{
    struct task t = task("A", 3);
    printf("created\n");
    // CHECK: created
    int resumes = 0;
    while (yc_next(&t)) {
        resumes++;
        printf("back in main, progress %d\n", progress);
    }
    // CHECK-NEXT: A start
    // CHECK-NEXT: A step 1
    // CHECK-NEXT: back in main, progress 1
    // CHECK-NEXT: A step 2
    // CHECK-NEXT: back in main, progress 3
    // CHECK-NEXT: A step 3
    // CHECK-NEXT: back in main, progress 6
    // CHECK-NEXT: A end
    printf("resumes %d done %d\n", resumes, yc_done(&t));
    // CHECK-NEXT: resumes 3 done 1
    return 0;
}

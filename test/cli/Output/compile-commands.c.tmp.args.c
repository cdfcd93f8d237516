// -p DIR takes the compile flags for INPUT from DIR/compile_commands.json (written here, with a -D and an -I the input needs).
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: echo '[{"directory": "%S", "file": "%s", "command": "cc -std=c11 -DSTEP=5 -I%S/Inputs/include -c %s -o x.o"}]' > %t.dir/compile_commands.json
// RUN: %yieldc -p %t.dir %s -o %t.c
// RUN: %gcc %cflags -DSTEP=5 -I%S/Inputs/include %t.c -o %t
// RUN: %t | FileCheck %s
// Without -p the flags are missing and the file does not parse:
// RUN: not %yieldc %s -o %t.nop.c 2>&1 | FileCheck --check-prefix=NOP %s
// The "arguments" form of an entry works too:
// RUN: echo '[{"directory": "%S", "file": "%s", "arguments": ["cc", "-DSTEP=5", "-I%S/Inputs/include", "-c", "%s"]}]' > %t.dir/compile_commands.json
// RUN: %yieldc -p %t.dir %s -o %t.args.c
// RUN: cmp %t.c %t.args.c
#include <stdio.h>
#include <yieldc.h>
// NOP: compile-commands.c:[[@LINE+1]]:10: error: {{.*}}not found
#include "cli-helper.h"

#ifndef YC__HGEN_steps
struct steps {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    int i;  /* local 'i', line 20 */
};
#endif
struct steps steps(void);
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
struct steps steps(void)
{
    return (struct steps){ .yc_state = 0 };
}
bool steps__next(struct steps *yc_f)
{
    switch (YC__ENTER(yc_f, "steps")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 19 "/work/main/test/cli/compile-commands.c"
{
    for (int i = 0; i < HELPER_LIMIT; i++)
        { yc_f->yc_value = (i * STEP); yc_f->i = i; yc_f->yc_state = 1; return true; yc_resume_1:; i = yc_f->i;  }
    return yc_f->yc_result = (STEP), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void steps__close(struct steps *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, steps)
#line 23 "/work/main/test/cli/compile-commands.c"
 

int main(void)
{
    struct steps g = steps();
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    return 0;
}
// CHECK: 0 5 10 15 result 5

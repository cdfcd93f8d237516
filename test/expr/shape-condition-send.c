// Shape: a yield in an `if` condition and in a `while` condition is lowered with a yc_resume_N label and yc_f->yc_sent, while the branches without yields are kept verbatim.
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s
#include <yieldc.h>

generator(int, int) int gate(void)
{
    int opened = 0;
    if (yield 1)
        opened += 10;   /* then */
    else
        opened -= 1;    /* else */
    while ((yield opened) > 0)
        opened++;       /* loop body */
    return opened;
}

// CHECK-LABEL: gate__body(struct gate *yc_f, unsigned yc_from, bool *yc_yielded){{$}}
// CHECK: case 1: goto yc_resume_1;
// CHECK-NEXT: case 2: goto yc_resume_2;
// CHECK: #line 6 "{{.*}}shape-condition-send.c"
// CHECK-NEXT: {
// CHECK-NEXT: int opened = 0;
// CHECK: yc_resume_1:{{.*}}yc_f->yc_sent
// CHECK: opened += 10;   /* then */
// CHECK: opened -= 1;{{.*}}/* else */
// CHECK: yc_resume_2:{{.*}}yc_f->yc_sent
// CHECK: opened++;{{.*}}/* loop body */
// CHECK-NEXT: return opened;
// CHECK-LABEL: YC__DEFINE_STEP(gate, int yc_r){{$}}

// Shape: statements without a yield stay verbatim (spacing and comments too) while `x = yield v;` is lowered to a readable resume point that reads yc_f->yc_sent.
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s
#include <yieldc.h>

generator(int, int) int acc(void)
{
    int total = 0;
    int x = 0;
    for (;;) {
        x = yield total;
        if (x < 0)   /* stop on a negative */
            break;
        total   +=  x;   // odd spacing kept
    }
    return total;
}

// CHECK-LABEL: acc__body(struct acc *yc_f, unsigned yc_from, bool *yc_yielded){{$}}
// CHECK: case 1: goto yc_resume_1;
// CHECK: #line 6 "{{.*}}shape-assign-send.c"
// CHECK-NEXT: {
// CHECK-NEXT: int total = 0;
// CHECK-NEXT: int x = 0;
// CHECK-NEXT: for (;;) {
// CHECK-NEXT: yc_f->yc_value = (total);{{.*}}return yc_none; yc_resume_1:;{{.*}} x = yc_f->yc_sent;
// CHECK-NEXT: if (x < 0)   /* stop on a negative */
// CHECK-NEXT: break;
// CHECK-NEXT: total   +=  x;   // odd spacing kept
// CHECK-NEXT: }
// CHECK-LABEL: YC__DEFINE_SEND(, acc, int yc_v){{$}}

// The shape of a simple generator: one field per preserved variable, a
// constructor that runs nothing, one case per resume point, #line to INPUT.
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s
#include <yieldc.h>

generator(int) int count(int n)
{
    int total = 0;
    for (int i = 0; i < n; i++) {
        yield i;
        total += i;
    }
    return total;
}

// CHECK-LABEL: struct count {
// CHECK-NEXT:  unsigned char yc_state;
// CHECK-NEXT:  int yc_value;
// CHECK-NEXT:  int yc_result;
// CHECK-NEXT:  int n;
// CHECK-NEXT:  int total;
// CHECK-NEXT:  int i;
// CHECK-NEXT: };
// CHECK-LABEL: struct count count(int n){{$}}
// CHECK-NEXT: {
// CHECK-NEXT: return (struct count){ .yc_state = 0, .n = n };
// CHECK-LABEL: static inline int count__body(struct count *yc_f){{$}}
// CHECK: static const __typeof__(int) yc_none;
// CHECK-NEXT: int n = yc_f->n;
// CHECK-NEXT: switch (YC__ENTER(yc_f, "count")) {
// CHECK-NEXT: case 0: break;
// CHECK-NEXT: case 1: goto yc_resume_1;
// CHECK-NEXT: default: return yc_none;
// CHECK: #line 7 "{{.*}}count-shape.c"
// CHECK-NEXT: {
// CHECK-NEXT: int total = 0;
// CHECK-NEXT: for (int i = 0; i < n; i++) {
// CHECK-NEXT: { yc_f->yc_value = (i); yc_f->total = total; yc_f->i = i; yc_f->yc_state = 1; return yc_none; yc_resume_1:; total = yc_f->total; i = yc_f->i; }
// CHECK-NEXT: total += i;
// CHECK-NEXT: }
// CHECK-NEXT: return total;
// CHECK-NEXT: }
// CHECK: return yc_none;
// CHECK-LABEL: bool count__next(struct count *yc_f){{$}}
// CHECK-NEXT: {
// CHECK-NEXT: if (yc_done(yc_f))
// CHECK-NEXT: return false;
// CHECK-NEXT: int yc_r = count__body(yc_f);
// CHECK-NEXT: if (yc_f->yc_state != YC__RUNNING(yc_f->yc_state))
// CHECK-NEXT: return true;
// CHECK-NEXT: yc_f->yc_result = yc_r;
// CHECK-NEXT: return YC_FINISH(yc_f);

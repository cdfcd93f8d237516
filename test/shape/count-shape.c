// The shape of a simple generator: one field per preserved variable, a
// constructor that runs nothing, one case per resume point, #line to INPUT.
// RUN: %yieldc %s -o - | FileCheck %s
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
// CHECK-LABEL: bool count__next(struct count *yc_f)
// CHECK: case 0: break;
// CHECK-NEXT: case 1: goto yc_resume_1;
// CHECK-NEXT: default: return false;
// CHECK: #line 7 "{{.*}}count-shape.c"
// CHECK-NEXT: {
// CHECK-NEXT: int total = 0;
// CHECK-NEXT: for (int i = 0; i < n; i++) {
// CHECK-NEXT: yc_f->yc_value = (i);{{.*}} yc_f->yc_state = 1; return true; yc_resume_1:;
// CHECK-NEXT: total += i;
// CHECK: return yc_f->yc_result = (total), YC_FINISH(yc_f);

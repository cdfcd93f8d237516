// Shape: `int c = yield 0;` becomes a resume point followed by the declaration initialized from yc_f->yc_sent; the neighbouring statements without a yield are kept as written.
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s
#include <yieldc.h>

generator(int, int) int echo(int n)
{
    int sum = n * 2;  /* before */
    int c = yield 0;
    sum += c;         /* after */
    return sum;
}

// CHECK-LABEL: echo__body(struct echo *yc_f, unsigned yc_from, bool *yc_yielded){{$}}
// CHECK: case 1: goto yc_resume_1;
// CHECK: #line 6 "{{.*}}shape-decl-send.c"
// CHECK-NEXT: {
// CHECK-NEXT: int sum = n * 2;  /* before */
// CHECK-NEXT: yc_f->yc_value = (0);{{.*}}return yc_none; yc_resume_1:;{{.*}}int c = yc_f->yc_sent;
// CHECK-NEXT: sum += c;         /* after */
// CHECK-NEXT: return sum;
// CHECK-LABEL: YC__DEFINE_STEP(echo, int yc_r){{$}}

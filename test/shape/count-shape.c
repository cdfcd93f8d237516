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

// The declarations yieldc writes say their own lines in the output, and
// are in a region where -Wunused-function is off (yieldc.h).
// CHECK: #line {{[0-9]+}} "<stdout>"
// CHECK-NEXT: YC__BEGIN_GENERATED
// CHECK-LABEL: struct count {
// CHECK-NEXT:  unsigned char yc_state;
// CHECK-NEXT:  YC__RETURN_IN_MEMORY
// CHECK-NEXT:  int yc_value;
// CHECK-NEXT:  int yc_result;
// CHECK-NEXT:  int n;
// CHECK-NEXT:  int total;
// CHECK-NEXT:  int i;
// CHECK-NEXT: };
// The prototypes: the external API, then the static inline functions
// that yc_next & co. call in this file (the compiler may inline them).
// CHECK-LABEL: struct count count(int n);
// CHECK-NEXT: YC__DECLARE(, count);
// CHECK-NEXT: #ifdef YC__HGEN_count
// CHECK-NEXT: #undef YC__HGEN_count
// CHECK-NEXT: #define YC__HGEN_count(op) struct count *: YC__IN_##op(count, count__send),
// CHECK-NEXT: #define YC__LGEN_count(op)
// CHECK-NEXT: #else
// CHECK-NEXT: #define YC__LGEN_count(op) struct count *: YC__IN_##op(count, count__send),
// CHECK-NEXT: #endif
// CHECK-NEXT: #define YC__LIST_count(op) YC__LGEN_count(op)
// CHECK-NEXT: #undef YC__LOCAL
// CHECK-NEXT: #define YC__LOCAL(op) YC__LIST_count(op)
// CHECK-LABEL: struct count count(int n){{$}}
// CHECK-NEXT: {
// CHECK-NEXT: return (struct count){ .yc_state = 0, .n = n };
// CHECK-LABEL: static inline int count__body(struct count *yc_f, unsigned yc_from, bool *yc_yielded){{$}}
// CHECK: static const __typeof__(int) yc_none;
// CHECK-NEXT: int n = yc_f->n;
// CHECK-NEXT: switch (yc_from) {
// CHECK-NEXT: case 0: break;
// CHECK-NEXT: case 1: goto yc_resume_1;
// CHECK-NEXT: default: YC__UNREACHABLE(); return yc_none;
// CHECK: #line 7 "{{.*}}count-shape.c"
// CHECK-NEXT: {
// CHECK-NEXT: int total = 0;
// CHECK-NEXT: for (int i = 0; i < n; i++) {
// CHECK-NEXT: { yc_f->yc_value = (i); yc_f->total = total; yc_f->i = i; yc_f->yc_state = 1; *yc_yielded = true; return yc_none; yc_resume_1:; total = yc_f->total; i = yc_f->i; }
// CHECK-NEXT: total += i;
// CHECK-NEXT: }
// CHECK-NEXT: return total;
// CHECK-NEXT: }
// CHECK: return yc_none;
// The functions around the body are the same for every generator but
// their names and types: macros of yieldc.h.
// CHECK-NEXT: }
// CHECK-NEXT: YC__DEFINE_STEP(count, int yc_r)
// CHECK-NEXT: YC__DEFINE_CLOSE(count)
// CHECK-NEXT: YC__DEFINE(, count)
// CHECK-NEXT: YC__END_GENERATED

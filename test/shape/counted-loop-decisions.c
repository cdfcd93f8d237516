// Which counted loops have their increment run by the yield that ends
// their body (taken off the loop's head, run before the suspension), and
// which generators start at that yield's resumption (the constructor sets
// the loop's first clause): plan_loop.c's rules, one case each.
// The constructor's copy of the first clause keeps its place in INPUT
// (#line), for the compiler's messages about it.
// RUN: %yieldc --no-line %s -o %t.c
// RUN: %nochecks %t.c | FileCheck %s
// RUN: %yieldc %s -o %t.lines.c
// RUN: %nochecks %t.lines.c | FileCheck %s --check-prefix=LINES
#include <limits.h>
#include <yieldc.h>

#define STEP(x) x++
typedef volatile int vint;

// CHECK-LABEL: struct up up(int n)
// CHECK: return (struct up){ .yc_state = 0, .n = n, .i = 0 };
// CHECK: case 0: if (yc_from) break; goto yc_resume_1;  /* the loop's first clause is the constructor's */
// CHECK: for (int i = 0; i < n; ) { { yc_f->yc_value = (i); i++; yc_f->i = i; yc_f->yc_state = 1;
generator(int) void up(int n)
{
    for (int i = 0; i < n; i++) { yield i; }
}
// LINES-LABEL: {{^}}struct up up(int n){{$}}
// LINES-NEXT: {
// LINES-NEXT: return (struct up){ .yc_state = 0, .n = n, .i ={{$}}
// LINES-NEXT: #line [[@LINE-5]] "{{.*}}counted-loop-decisions.c"
// LINES-NEXT: {{^                  }}0{{$}}
// LINES-NEXT: #line {{[0-9]+}} "{{.*}}counted-loop-decisions.c.tmp.lines.c"
// LINES-NEXT: };

// the first clause's constants as its variables' types hold them, and a parameter
// CHECK-LABEL: struct inits inits(long lo)
// CHECK: return (struct inits){ .yc_state = 0, .lo = lo, .a = lo, .b = -1 };
// CHECK: case 0: if (yc_from) break; goto yc_resume_1;  /* the loop's first clause is the constructor's */
// CHECK: for (long a = lo, b = -1; a > b; ) { yc_f->yc_value = (a + b); --a;
generator(long) void inits(long lo)
{
    for (long a = lo, b = -1; a > b; --a) yield a + b;
}

// the initializers' text, as the first clause has it
// CHECK-LABEL: struct inits_text inits_text(void)
// CHECK: return (struct inits_text){ .yc_state = 0, .c = -1, .d = (long)-9223372036854775807 - 1, .e = sizeof(int) * 2 };
// CHECK: case 0: if (yc_from) break; goto yc_resume_1;  /* the loop's first clause is the constructor's */
generator(long) void inits_text(void)
{
    for (long c = -1, d = (long)-9223372036854775807 - 1, e = sizeof(int) * 2; c < e; c++) yield c + d;
}

// no start where the constructor cannot write the first clause as the
// first step would run it: a macro (its meaning may differ there), a call
// or an assignment (clang folds `(puts("x"), 0)` all the same: the
// effect would be lost), a name but a parameter's, a directive before the
// loop (an #include brings statements, a #define a macro)
#define FIRST 0
int puts(const char *);
static int global;
// CHECK-LABEL: struct not_started not_started(int n)
// CHECK: return (struct not_started){ .yc_state = 0, .n = n };
// CHECK: case 0: break;
generator(int) void not_started(int n)
{
    for (int i = FIRST; i < n; i++) yield i;
}
// CHECK-LABEL: struct not_started_call not_started_call(int n)
// CHECK: return (struct not_started_call){ .yc_state = 0, .n = n };
// CHECK: case 0: break;
generator(int) void not_started_call(int n)
{
    for (int i = (puts("first"), 0); i < n; i++) yield i;
}
// CHECK-LABEL: struct not_started_assign not_started_assign(int n)
// CHECK: return (struct not_started_assign){ .yc_state = 0, .n = n };
// CHECK: case 0: break;
generator(int) void not_started_assign(int n)
{
    for (int i = (global = 3) - 3; i < n; i++) yield i;
}
// CHECK-LABEL: struct not_started_name not_started_name(int n)
// CHECK: return (struct not_started_name){ .yc_state = 0, .n = n };
// CHECK: case 0: break;
generator(int) void not_started_name(int n)
{
    for (int i = 0, j = i; i < n; i++) yield i + j;
}
// CHECK-LABEL: struct not_started_directive not_started_directive(int n)
// CHECK: return (struct not_started_directive){ .yc_state = 0, .n = n };
// CHECK: case 0: break;
generator(int) void not_started_directive(int n)
{
#define START 0
    for (int i = 0; i < n; i++) yield i + START;
}

// a counter whose type only the body can name (its field is bytes): the
// increment moves, the start does not
// CHECK-LABEL: struct typed typed(void)
// CHECK: return (struct typed){ .yc_state = 0 };
// CHECK: case 0: break;
// CHECK: for (__typeof__(1 + 1) t = 300; t < 302; ) { yc_f->yc_value = (t); t++;
generator(int) void typed(void)
{
    for (__typeof__(1 + 1) t = 300; t < 302; t++) yield t;
}

// a first clause with a call: the increment moves, the start does not
// CHECK-LABEL: struct called called(int n)
// CHECK: case 0: break;
// CHECK: for (int i = n + up(0).yc_state; i < n; ) { yc_f->yc_value = (i); i++;
generator(int) void called(int n)
{
    for (int i = n + up(0).yc_state; i < n; i++) yield i;
}

// not first in the body: the increment moves, the start does not
// CHECK-LABEL: struct second second(int n)
// CHECK: case 0: break;
// CHECK: for (int i = 0; i < n; ) { yc_f->yc_value = (i); i++;
generator(int) void second(int n)
{
    n *= 2;
    for (int i = 0; i < n; i++) yield i;
}

// a header's macro in the body is code of this file (not an #include's)
// CHECK-LABEL: struct with_macro with_macro(int n)
// CHECK: for (int i = 0; i < n; ) { if (i > INT_MAX - 2) break; { yc_f->yc_value = (i); i++;
generator(int) void with_macro(int n)
{
    for (int i = 0; i < n; i++) { if (i > INT_MAX - 2) break; yield i; }
}

// unsigned: no test needed
// CHECK-LABEL: struct forever forever(void)
// CHECK: for (unsigned u = 0; ; ) { yc_f->yc_value = (u); u++;
generator(unsigned) void forever(void)
{
    for (unsigned u = 0; ; u++) yield u;
}

// kept in the loop's head: no test for a signed counter, `<=`, a wider
// or unsigned bound, the wrong direction, a macro, `+= 1`, a counter the
// body writes or whose address it takes, a `continue`, a label, a case
// of a switch around it, a yield not last, `yield from`, a counter hidden at the yield, one volatile
// through a typedef; a yield in a yield, in the head
// CHECK-LABEL: struct kept kept(int n, long wide, unsigned un, struct up *sub)
// CHECK: case 0: break;
// CHECK: for (int a = 0; ; a++) {{.*}}yc_resume_1
// CHECK: for (int b = 0; b <= n; b++) {{.*}}yc_resume_2
// CHECK: for (int c = 0; c < wide; c++) {{.*}}yc_resume_3
// CHECK: for (int d = 0; d < un; d++) {{.*}}yc_resume_4
// CHECK: for (int e = 0; e > -n; e++) {{.*}}yc_resume_5
// CHECK: for (int f = 0; f < n; STEP(f)) {{.*}}yc_resume_6
// CHECK: for (int g = 0; g < n; g += 1) {{.*}}yc_resume_7
// CHECK: for (int h = 0; h < n; h++) { h++; {{.*}}yc_resume_8
// CHECK: for (; yc_f->i < n; yc_f->i++) { int *p = &yc_f->i; {{.*}}yc_resume_9
// CHECK: for (int j = 0; j < n; j++) { if (j) continue; {{.*}}yc_resume_10
// CHECK: for (int k = 0; k < n; k++) { again: {{.*}}yc_resume_11
// CHECK: for (l = 0; l < n; l++) { case 1: {{.*}}yc_resume_12
// CHECK: for (int m = 0; m < n; m++) { {{.*}}yc_resume_13{{.*}} (void)0; }
// CHECK: for (int o = 0; o < n; o++) {{.*}}yc_resume_14
// CHECK: for (; yc_f->t < n; yc_f->t++) { int t = 7; {{.*}}yc_resume_15
// CHECK: for (; yc_f->u < n; yc_f->u++) {{.*}}yc_resume_16
// CHECK-LABEL: struct sent sent(int n)
// CHECK: case 0: break;
// CHECK: for (int q = 0; q < n; q++) {{.*}}yc_resume_2{{.*}}yc_resume_1
// CHECK: { int r = 0; for (;;) {{.*}}yc_resume_3{{.*}} (void)( r++); } }
generator(int) void kept(int n, long wide, unsigned un, struct up *sub)
{
    for (int a = 0; ; a++) yield a;
    for (int b = 0; b <= n; b++) yield b;
    for (int c = 0; c < wide; c++) yield c;
    for (int d = 0; d < un; d++) yield d;
    for (int e = 0; e > -n; e++) yield e;
    for (int f = 0; f < n; STEP(f)) yield f;
    for (int g = 0; g < n; g += 1) yield g;
    for (int h = 0; h < n; h++) { h++; yield h; }
    for (int i = 0; i < n; i++) { int *p = &i; yield *p; }
    for (int j = 0; j < n; j++) { if (j) continue; yield j; }
    for (int k = 0; k < n; k++) { again: if (k < 0) goto again; yield k; }
    int l = 0;
    switch (n) { case 0: for (l = 0; l < n; l++) { case 1: yield l; } }
    for (int m = 0; m < n; m++) { yield m; (void)0; }
    for (int o = 0; o < n; o++) yield from sub;
    for (int t = 0; t < n; t++) { int t = 7; yield t; }
    for (vint u = 0; u < n; u++) yield u;
}

generator(int, int) void sent(int n)
{
    for (int q = 0; q < n; q++) yield (yield q);
    for (int r = 0; r < (yield r); r++) (void)0;
}

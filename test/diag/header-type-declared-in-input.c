// --header: the header repeats this file's #include lines, not its own
// declarations, so a type declared here cannot be named by a frame in the
// header (a public generator's, or a static one's that a public frame
// holds) nor by a public constructor's prototype.  Each such use is an
// error at the name (the variable, the parameter, the generator for its
// yield, send and result types, the '?:' or 'yield from' whose value is
// kept, the compound literal), with a note at the type's declaration, and
// nothing is written.  (The header used to be written, and failed to
// compile in every file that included it: "unknown type name 'point'".)
// Fine and not reported: types from headers, a pointer to a struct
// declared here (its tag alone declares it), a type declared in the body
// (the frame holds such a local as bytes), a local that lives across no
// yield, a static generator no public frame holds (its frame is not in
// the header), and a typedef of a header's repeated here (as C11 allows).
// Without --header the file is transformed.
// RUN: rm -f %t.c %t.h
// RUN: not %yieldc %s -o %t.c --header %t.h 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
// RUN: not test -e %t.h
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags -c %t.c -o %t.o
#include <stddef.h>
#include <yieldc.h>

typedef struct { int x, y; } point;
enum color { RED, GREEN };
struct acc { long sum; };
typedef int myint;
struct opaque;
typedef __SIZE_TYPE__ size_t;   // again, after <stddef.h>'s

// CHECK: :[[# @LINE + 2]]:23: error: the header from --header names the yield type of generator 'pts', but the type 'point' is declared in this file, which the files that include the header do not see: declare the type in a header that this file includes
// CHECK: :25:30: note: 'point' is declared here
generator(point) void pts(int n)
{
    // CHECK: :[[# @LINE + 2]]:16: error: local 'c' lives across a yield, so the header from --header has it in the frame of 'pts', but the type 'enum color' is declared in this file
    // CHECK: :26:6: note: 'enum color' is declared here
    enum color c = RED;
    // CHECK: :[[# @LINE + 2]]:16: error: local 'a' lives across a yield, so the header from --header has it in the frame of 'pts', but the type 'struct acc' is declared in this file
    // CHECK: :27:8: note: 'struct acc' is declared here
    struct acc a = { 0 };
    struct acc *pa = &a;    // a pointer: fine
    struct acc before = { 1 };  // never across a yield: fine
    a.sum = before.sum;
    struct local { int v; } l = { 2 };  // declared in the body: bytes in the frame
    for (int i = 0; i < n; i++) {
        pa->sum += i + l.v;
        yield (point){ i, (int)a.sum + (int)c };
    }
}

// CHECK: :[[# @LINE + 1]]:28: error: the header from --header names the send type of generator 'sender', but the type 'myint' is declared in this file
generator(int, myint) void sender(void)
{
    for (;;)
        yield 1;
}

// CHECK: :[[# @LINE + 1]]:27: error: the header from --header names the result type of generator 'res', but the type 'struct acc' is declared in this file
generator(int) struct acc res(void)
{
    yield 1;
    return (struct acc){ 3 };
}

// CHECK: :[[# @LINE + 1]]:40: error: the header from --header has parameter 'm' in the prototype of 'param' and in its frame, but the type 'myint' is declared in this file
generator(int) void param(int n, myint m, struct opaque *o)
{
    (void)o;
    yield n + m;
}

// A static generator held by a public frame: its frame is in the header.
static generator(int) void held(void)
{
    // CHECK: :[[# @LINE + 1]]:16: error: local 'c' lives across a yield, so the header from --header has it in the frame of static generator 'held' (a public frame holds it), but the type 'enum color' is declared in this file
    enum color c = GREEN;
    yield (int)c;
    yield (int)c;
}

generator(int) void holder(void)
{
    yield from held();
}

// One no public frame holds: not in the header.
static generator(int) void alone(void)
{
    enum color c = GREEN;
    struct acc a = { 4 };
    yield (int)c;
    yield (int)a.sum;
}

static int pick(struct acc a, int y) { return (int)a.sum + y; }
static struct acc make(void) { return (struct acc){ 5 }; }
static point *keep(point *p) { return p; }

generator(int, int) void temps(int k)
{
    // CHECK: :[[# @LINE + 1]]:16: error: the value of this '?:' is kept across a yield, so the header from --header has it in the frame of 'temps', but the type 'struct acc' is declared in this file
    yield pick(k ? make() : ((void)(yield 1), make()), 2);
    // (the frame's order: its literals before its variables)
    // CHECK: :[[# @LINE + 2]]:22: error: this compound literal's address is used after a yield, so the header from --header has it in the frame of 'temps', but the type 'point' is declared in this file
    // CHECK: :[[# @LINE + 1]]:12: error: local 'p' lives across a yield, so the header from --header has it in the frame of 'temps', but its type 'point *' names 'point', declared in this file, which the files that include the header do not see: declare 'point' in a header that this file includes
    point *p = keep(&(point){ 7, 8 });
    yield 2;
    yield p->x;
}

// CHECK: :[[# @LINE + 1]]:27: error: the header from --header names the result type of generator 'sub_acc', but the type 'struct acc' is declared in this file
generator(int) struct acc sub_acc(void)
{
    yield 1;
    return (struct acc){ 9 };
}

generator(int, int) void from_temp(void)
{
    // CHECK: :[[# @LINE + 1]]:18: error: the value of this 'yield from' is kept across a yield, so the header from --header has it in the frame of 'from_temp', but the type 'struct acc' is declared in this file
    int v = pick(yield from sub_acc(), (yield 2));
    yield v;
}

generator(size_t) void sizes(size_t n)
{
    for (size_t i = 0; i < n; i++)
        yield i;
}

int main(void)
{
    struct alone g = alone();
    size_t n = 0;
    while (yc_next(&g))
        n++;
    return (int)n;
}

// A yield, result or send type with a const member cannot be stored in the
// frame (which assigns each value): an error naming the type, at the
// generator's declaration, and no output.  A local of such a type is fine
// (kept as bytes).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck --strict-whitespace %s
// RUN: not test -e %t.c
#include <yieldc.h>

struct P { const int a; int b; };

// CHECK: type-const-member-api-type.c:[[@LINE+3]]:1: error: the yield type 'struct P' of generator 'cp' has a const member: its frame could not be given a value of it; use a pointer, or a type without const members
// CHECK-NEXT: {{^}}generator(struct P) int cp(int n){{$}}
// CHECK-NEXT: {{^}}^{{$}}
generator(struct P) int cp(int n)
{
    struct P p = { n, n + 1 };
    yield p;
    return p.b;
}

// CHECK: type-const-member-api-type.c:[[@LINE+1]]:1: error: the result type 'struct P' of generator 'rp'
generator(int) struct P rp(int n)
{
    struct P p = { n, n };
    yield 1;
    return p;
}

// CHECK: type-const-member-api-type.c:[[@LINE+1]]:1: error: the send type 'struct P' of generator 'sp'
generator(int, struct P) int sp(void)
{
    struct P got = yield 0;
    return got.a;
}

// CHECK-NOT: error
generator(int) int local_ok(int n)
{
    struct P p = { n, n + 1 };
    yield p.a;
    return p.b;
}

// A const that only a typedef shows cannot be dropped from the frame's slot.
typedef const int cint;

// CHECK: type-const-member-api-type.c:[[@LINE+1]]:1: error: the yield type 'cint' of generator 'nums' is const-qualified (through a typedef): its frame could not be given a value of it; use the type without const
generator(cint) int nums(void)
{
    yield 3;
    return 4;
}

// `yield from CALL` reads the call as one that makes a generator (its
// constructor's); a call of a function that returns a pointer to a
// generator object, written there or by a macro that reads like a call, is
// refused at its operand with a message that says so and what to write
// instead (it said "needs a generator: a call of one, or a pointer to a
// generator object (member reference type 'struct two *' is a pointer;
// did you mean to use '->'?)", which contradicted itself; found by review).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int two(void)
{
    yield 2;
    return 10;
}

static struct two shared;
static struct two *get(void) { return &shared; }
#define PTR(p) (p)

generator(int) int outer(void)
{
    // CHECK: from-call-returning-pointer.c:[[@LINE+1]]:24: error: 'yield from' takes a call for one that makes a generator, but this one returns 'struct two *': keep the pointer in a variable first, and 'yield from' that
    int a = yield from get();
    // CHECK: from-call-returning-pointer.c:[[@LINE+1]]:24: error: 'yield from' takes a call for one that makes a generator, but this one returns 'struct two *'
    int b = yield from PTR(&shared);
    struct two *p = get();
    int c = yield from p;
    return a + b + c;
}

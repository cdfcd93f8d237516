// `generator(...)` written by a macro that lex cannot tell from the file's
// text alone: `#define G generator` (the parentheses at the invocation), a
// macro defined in a header, one that names another defined after it.  Each
// is refused at its invocation, found by clang's macro record; the
// function's yields are not reported again, but a yield in a plain function
// of the same file still is (before, every one was: "'yield' outside a
// generator ... declare the function with generator(Y)", which it was; or,
// after one macro lex saw, none in the whole file).  A function declared so
// without a yield is refused at its macro too, instead of clang's "expected
// ';' after top level declarator".
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c -- -I%S/Inputs 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>
#include "generator-macro.h"

#define G generator
#define LATER(T) DEFINED_AFTER(T)
#define DEFINED_AFTER(T) static generator(T)

G(int) int a(void)
// CHECK: generator-written-by-macro-indirect.c:[[@LINE-1]]:1: error: 'generator(...)' written by macro 'G': yieldc finds a generator where 'generator(...)' is written in the file, not in a macro's expansion; write it here (a macro may still give the specifiers before it, 'static', attributes)
{
    yield 1;
    yield 2;
    return 0;
}

HGEN(int) int b(void)
// CHECK: generator-written-by-macro-indirect.c:[[@LINE-1]]:1: error: 'generator(...)' written by macro 'HGEN'
{
    yield 2;
    return 0;
}

LATER(int) int c(void)
// CHECK: generator-written-by-macro-indirect.c:[[@LINE-1]]:1: error: 'generator(...)' written by macro 'LATER'
{
    yield 3;
    return 0;
}

int plain(void)
{
    yield 4;
// CHECK: generator-written-by-macro-indirect.c:[[@LINE-1]]:5: error: 'yield' outside a generator: declare the function with generator(Y) R name(...)
    return 0;
}

G(int) int no_yield(void)
// CHECK: generator-written-by-macro-indirect.c:[[@LINE-1]]:1: error: 'generator(...)' written by macro 'G'
{
    return 0;
}

/* A macro that says `generator` other than as `generator(...)` (a struct's
   tag here) declares a plain function: clang's own error is reported, not
   a generator written by a macro (the review's case). */
struct generator { int state; };
#define RNG_FN(name) static int name(struct generator *rng)
RNG_FN(next_value)
{
    return rng->sate;
// CHECK: generator-written-by-macro-indirect.c:[[@LINE-1]]:17: error: no member named 'sate' in 'struct generator'
}

// Errors come in the file's order, as clang gives them, whichever stage
// of yieldc found them (its reading of the text, clang's parse, its own
// checks came each in a block: line 30's before line 20's).  One mistake
// is one error: `yield (a + 1;` drew clang's "expected ')'" twice, the
// second with a note at the 'yield' ("to match this '('": the parse
// view's own parenthesis).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=note:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int order(int a)
{
    int b = undeclared + a;
    // CHECK: errors-in-source-order.c:[[@LINE-1]]:13: error: use of undeclared identifier 'undeclared'
    yield;
    // CHECK: errors-in-source-order.c:[[@LINE-1]]:5: error: 'yield' needs a value: generator 'order' yields 'int'
    yield from &b;
    // CHECK: errors-in-source-order.c:[[@LINE-1]]:16: error: 'yield from' needs a generator: a call of one, or a pointer to a generator object, and this is 'int'
    int yield = 1;
    // CHECK: errors-in-source-order.c:[[@LINE-1]]:9: error: 'yield' is yieldc's keyword in a generator's body
    return b;
}

generator(int) int paren(int a)
{
    yield (a + 1;
    // CHECK: errors-in-source-order.c:[[@LINE-1]]:17: error: expected ')'
    // CHECK: errors-in-source-order.c:[[@LINE-2]]:11: note: to match this '('
    return 0;
}

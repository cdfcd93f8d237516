// An error in the types of a generator's declaration (Y, S, R, a
// parameter) is one error, at the token it names, as clang gives it for a
// function: the parse view writes those types several times (the frame's
// fields, the yield's function), and reported each copy at the
// `generator` keyword or the body's `{` (4 to 10 errors for one typo,
// "duplicate member", "field ..."), then every yield of the body as an
// undeclared identifier.  A declaration yieldc cannot read (a missing
// type) no longer reports its yields as outside a generator.  Errors of
// their own, elsewhere in the declaration or in the body, are reported
// (and a user's token right after the body's `{` is the user's, not the
// view's text there).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=note:
// RUN: not test -e %t.c
#include <yieldc.h>

struct point { int x, y; };
struct opaque;

generator(int,) int trailing_comma(void)
// CHECK: generator-head-type-errors.c:[[@LINE-1]]:15: error: expected a type in 'generator(...)'
{
    yield 1;
    return 0;
}

generator(strct point) int typo(void)
// CHECK: generator-head-type-errors.c:[[@LINE-1]]:11: error: unknown type name 'strct'
{
    return 0;
}

generator(int, sendt) int send_typo(void)
// CHECK: generator-head-type-errors.c:[[@LINE-1]]:16: error: unknown type name 'sendt'
{
    yield 1;
    return 0;
}

generator(int) int param_typo(ptype p)
// CHECK: generator-head-type-errors.c:[[@LINE-1]]:31: error: unknown type name 'ptype'
{
    yield 1;
    return 0;
}

generator(1+2) int not_a_type(void)
// CHECK: generator-head-type-errors.c:[[@LINE-1]]:11: error: type name requires a specifier or qualifier
{
    yield 1;
    return 0;
}

generator(static int) int storage(void)
// CHECK: generator-head-type-errors.c:[[@LINE-1]]:11: error: type name does not allow storage class to be specified
{
    yield 1;
    return 0;
}

generator(struct opaque) int incomplete(void)
// CHECK: generator-head-type-errors.c:[[@LINE-1]]:18: error: the frame of generator 'incomplete' holds its yield, send and result values: their types must be complete here, and 'struct opaque' is not
// CHECK: generator-head-type-errors.c:18:8: note: forward declaration of 'struct opaque'
{
    return 0;
}

generator(int) int fine(void)
{
    yield 1;
    return 0;
}

generator(strct pt) int independent(undeclared_t x) { yield 1; return missing_var; }
// CHECK: generator-head-type-errors.c:[[@LINE-1]]:11: error: unknown type name 'strct'
// CHECK: generator-head-type-errors.c:[[@LINE-2]]:37: error: unknown type name 'undeclared_t'
// CHECK: generator-head-type-errors.c:[[@LINE-3]]:71: error: use of undeclared identifier 'missing_var'

generator(int) int right_after_brace(void) {undeclared = 1; yield 1; return other; }
// CHECK: generator-head-type-errors.c:[[@LINE-1]]:45: error: use of undeclared identifier 'undeclared'
// CHECK: generator-head-type-errors.c:[[@LINE-2]]:77: error: use of undeclared identifier 'other'

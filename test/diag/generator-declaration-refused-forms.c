// Declarations of generators that C allows for functions but a generator
// cannot be, each refused once at the token: a void send type (SPEC allows
// void for Y and R only), a generator named main, a declarator list after
// a generator (the output writes a generator's declarations its own way:
// the others were dropped with its text, silently), 'yield from'
// applied to an unparenthesized yield (an internal error before), and a
// result type written around the name (a function pointer's: "expected
// '{' or ';'", then its yields as outside a generator), and a send type
// that declares a struct (the output did not compile: each declaration
// taking an S declared a type of its own).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, void) int sendless(void)
// CHECK: generator-declaration-refused-forms.c:[[@LINE-1]]:16: error: the send type in 'generator(...)' cannot be void: leave it out for a generator that is not sent values
{
    yield 1;
    return 0;
}

generator(int) int main(void)
// CHECK: generator-declaration-refused-forms.c:[[@LINE-1]]:20: error: 'main' cannot be a generator: it must return int; make a generator of its own, and drive it from main
{
    yield 1;
    return 0;
}

generator(int) int listed(void), other(void);
// CHECK: generator-declaration-refused-forms.c:[[@LINE-1]]:32: error: a declaration of generator 'listed' declares it alone: declare what follows the ',' in a declaration of its own

generator(int) int listed(void)
{
    yield 1;
    return 0;
}

generator(int) int sub(void) { yield 1; return 0; }

generator(int, struct sub *) int nested(void)
{
    return yield from yield 0;
    // CHECK: generator-declaration-refused-forms.c:[[@LINE-1]]:23: error: 'yield' must be parenthesized after 'yield from': it takes the whole expression to its right, as in Python (write 'yield from (yield ...)')
}

static int add(int a, int b) { return a + b; }

static generator(int) int (*pick(void))(int, int)
// CHECK: generator-declaration-refused-forms.c:[[@LINE-1]]:29: error: the result type of generator 'pick' is written around its name (a function pointer's or an array's declarator): give the type a name with typedef, and write 'generator(...) NAME_T pick(...)'
{
    yield 1;
    return add;
}

generator(int, struct { int a; } *) int anonymous_send(void)
// CHECK: generator-declaration-refused-forms.c:[[@LINE-1]]:16: error: the send type in 'generator(...)' declares a struct, union or enum: declare it before, with a tag or a typedef, and name it here
{
    yield 1;
    return 0;
}

// Errors that named something else than the mistake (clang's reading of
// the parse view, or yieldc's internal names), each one now, at the token:
// a generator declared inside a function ("expected expression"); a local
// named 'yield' ("'yield' must be parenthesized after 'int'"); 'yield
// from' a call of an undeclared function ("member reference base type
// 'int' is not a structure or union") or a pointer to a plain struct ("no
// member named 'yc__plr'"); a generator named like the runtime's macros
// ("expected identifier or '('" in yieldc.h); the value of a yield in a
// generator without a send type used as a subscript or a cast's operand
// ("array subscript is not an integer", "operand of type 'void'"), as
// everywhere else.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=note:
// RUN: not test -e %t.c
#include <yieldc.h>

struct s { int a; };

void f(void)
{
    generator(int) int nested(void);
    // CHECK: messages-name-the-problem.c:[[@LINE-1]]:5: error: a generator is declared at file scope, not inside a function: move this declaration out of the function
}

generator(int) int g(void)
{
    int yield = 3;
    // CHECK: messages-name-the-problem.c:[[@LINE-1]]:9: error: 'yield' is yieldc's keyword in a generator's body: it cannot be declared there; choose another name
    yield from nosuch(3);
    // CHECK: messages-name-the-problem.c:[[@LINE-1]]:16: error: 'yield from' needs a generator: a call of one, or a pointer to a generator object, and this is 'int' (is the function declared before this, as a generator?)
    static struct s v;
    yield from &v;
    // CHECK: messages-name-the-problem.c:[[@LINE-1]]:16: error: 'yield from' needs a generator: a call of one, or a pointer to a generator object, and 'struct s' is not a generator
    return 0;
}

generator(int) int yc_next(void)
// CHECK: messages-name-the-problem.c:[[@LINE-1]]:20: error: 'yc_next' is a name of yieldc's runtime (yieldc.h): name the generator otherwise
{
    yield 1;
    return 0;
}

generator(int) int no_send(void)
{
    int a[3] = { 0 };
    a[(yield 2)] = 1;
    // CHECK: messages-name-the-problem.c:[[@LINE-1]]:8: error: 'yield' has no value here: generator 'no_send' has no send type (declare it generator(int, S) to receive values)
    int x = (int)(yield 3);
    // CHECK: messages-name-the-problem.c:[[@LINE-1]]:19: error: 'yield' has no value here: generator 'no_send' has no send type
    return x + a[0];
}

/* not declarations: a yield after '*' in an expression, in and out of a
   generator (the first version of the check above said "cannot be
   declared there" for both) */
generator(int, int) int product(void)
{
    int total = 1;
    total = total * yield;
    // CHECK: messages-name-the-problem.c:[[@LINE-1]]:21: error: 'yield' must be parenthesized after '*'
    return total;
}

int plain(int a)
{
    return a * yield;
    // CHECK: messages-name-the-problem.c:[[@LINE-1]]:16: error: 'yield' outside a generator
}

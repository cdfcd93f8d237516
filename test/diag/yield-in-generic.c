// A yield in `_Generic`: its controlling expression is never evaluated; in
// an association, which runs is the compiler's choice, made after yieldc
// rewrote the body.  Each is refused at the yield, saying which (the
// association was said to be "never evaluated").
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(int x)
{
    int r = _Generic(x, int: (yield 1), default: 0);
    // CHECK: yield-in-generic.c:[[@LINE-1]]:31: error: 'yield' in an association of '_Generic' is not supported: the compiler chooses the one that runs, after yieldc; keep the yield's value in a variable first, and use that
    r += _Generic((yield 2), int: 1, default: 0);
    // CHECK: yield-in-generic.c:[[@LINE-1]]:20: error: 'yield' in the operand of '_Generic', which is never evaluated
    r += _Generic(x, default: f((yield 3), 1));
    // CHECK: yield-in-generic.c:[[@LINE-1]]:34: error: 'yield' in an association of '_Generic'
    return r;
}

// `_Noreturn` (or <stdnoreturn.h>'s `noreturn`, or the attribute) among a
// generator's specifiers, before or after `generator(...)`, would be its
// constructor's, which returns the generator object: the output did not
// compile under -Werror ("function declared 'noreturn' has a 'return'
// statement").  Refused at the specifier, nothing written.  Found by review.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

_Noreturn generator(int) int before(int n)
// CHECK: generator-declared-noreturn.c:[[@LINE-1]]:1: error: generator 'before' cannot be declared noreturn: its constructor returns the generator object, and its body returns to each resume
{
    yield n;
    return n;
}

generator(int) _Noreturn int after(int n);
// CHECK: generator-declared-noreturn.c:[[@LINE-1]]:16: error: generator 'after' cannot be declared noreturn

generator(int) __attribute__((noreturn)) int attribute(int n)
// CHECK: generator-declared-noreturn.c:[[@LINE-1]]:31: error: generator 'attribute' cannot be declared noreturn
{
    yield n;
    return n;
}

/* a noreturn function beside generators is fine */
_Noreturn void stop(void);
generator(int) int fine(int n)
{
    yield n;
    return n;
}

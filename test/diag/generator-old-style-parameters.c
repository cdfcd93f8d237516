// A generator defined with old-style (K&R) parameter declarations is
// refused once, at the declarations, saying what to write; its yields are
// not reported again as outside a generator, nor clang's errors inside it.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

static generator(int) int kr(a, b)
    int a;
// CHECK: generator-old-style-parameters.c:[[@LINE-1]]:5: error: old-style parameter declarations are not supported for generator 'kr': declare the parameters in its parameter list ('kr(int a, long b)')
    long b;
{
    yield a;
    yield (int)b;
    return a + (int)b;
}

/* the hint is the prototype the declarations say (it was 'kr(int a, long
   b)' for every generator), in the identifier list's order, int for one
   not declared */
generator(int) int hint(a, p, q, n, f)
    unsigned long a, *p; const char *q[3];
// CHECK: generator-old-style-parameters.c:[[@LINE-1]]:5: error: old-style parameter declarations are not supported for generator 'hint': declare the parameters in its parameter list ('hint(unsigned long a, unsigned long *p, const char *q[3], int n, int (*f)(int))')
    int (*f)(int);
{
    yield (int)a;
    return 0;
}

/* not old-style: a macro after the parameter list of a prototype (the
   first version took it for one, and the next definition's body for its) */
#define COLD __attribute__((cold))
generator(int) int count(int n) COLD;
// CHECK: generator-old-style-parameters.c:[[@LINE-1]]:33: error: 'COLD' after the parameter list of generator 'count' is not supported (an attribute macro?): write it before 'generator(...)', or as __attribute__((...))

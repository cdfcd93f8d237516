// What gcc 12 and clang 14 warn about and clang 15 and 16 make errors by
// default (an implicit function declaration, implicit int, an int made a
// pointer, incompatible function pointers) is not yieldc's to refuse
// outside a yield: libclang 14, 15 and 16 give the same output (SPEC 5).
// With libclang 16 this file was refused ("call to undeclared function
// 'other'"), with 14 transformed.  At a yield, such a conversion is
// yieldc's error with every version
// (test/diag/type-yield-conversion-any-spacing.c).  (It fails only on
// libclang 15 and 16, which .ci/run runs this directory on.)
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags -w -std=gnu11 -Wno-error -c %t.c -o %t.o
#include <yieldc.h>

int helper();
static int add(int a, int b) { return a + b; }

generator(int) int g(void)
{
    int *p = 0;
    int v = other(3);           /* implicit declaration */
    int w = p;                  /* int-conversion */
    int (*f)(int) = add;        /* incompatible function pointer types */
    yield v + w + f(1);
    return 0;
}

int other(int x) { return x; }

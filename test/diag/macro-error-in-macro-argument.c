// An error inside a macro's argument is reported at the argument's own token.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
#include <yieldc.h>
#define WRAP(x) (x)

generator(int) int g(void)
{
    yield 1;
    // CHECK: macro-error-in-macro-argument.c:[[@LINE+1]]:17: error: use of undeclared identifier 'nope'
    return WRAP(nope);
}

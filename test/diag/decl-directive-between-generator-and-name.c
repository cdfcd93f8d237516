// A preprocessor directive between 'generator(...)' and the generator's name
// (a #define, an #if around a specifier) is refused at the directive: the
// declaration's text there is rewritten whole.  First the error, at the `#`.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int)
// CHECK: decl-directive-between-generator-and-name.c:[[@LINE+1]]:1: error: a preprocessor directive between 'generator(...)' and the generator's name is not supported: move it before the declaration
#define ONE yield 1
int f(void)
{
    ONE;
    return 0;
}

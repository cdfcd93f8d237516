// A generator defined in a header the input includes is refused once, at
// its `generator`, saying what to do: yieldc transforms the file it is
// given.  (It drew clang's "expected ';' after top level declarator" and
// "use of undeclared identifier 'yield'" at each yield, in the header.)
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c -- -I%S/Inputs 2>&1 | FileCheck %s
// RUN: not test -e %t.c
// CHECK: generator-in-header.h:3:15: error: 'generator(...)' in a header: yieldc transforms the file it is given, not the headers it includes; define generators in a .c file, and give other files their declarations with --header
// CHECK-NOT: generator-in-header.h:{{.*}}error
#include "generator-in-header.h"

int main(void)
{
    struct hgen g = hgen(3);
    return yc_next(&g);
}

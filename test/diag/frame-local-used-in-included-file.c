// A local that lives in the frame, used in a file the body #includes: the
// error says so, at the local (the use is not a place of INPUT: it was
// "used inside a macro's body", at line 1 of the file).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=note:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) void g(void)
{
    int i = 1;
    // CHECK: frame-local-used-in-included-file.c:[[@LINE-1]]:9: error: 'i' is used in a file the generator's body #includes, but it lives in the generator's frame (its address is taken, or it is an array, const or volatile), and yieldc rewrites only this file: write that use here
    int *p;
#include "Inputs/frame-local-address.inc"
    yield *p;
}

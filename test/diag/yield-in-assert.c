// A yield in the argument of a macro whose expansion puts it where no yield can be (glibc's assert
// evaluates its argument in 'sizeof' too) is refused at the invocation, with a note naming the macro.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
// Under NDEBUG, assert drops its argument, yield and all:
// RUN: %yieldc %s -o %t.c -- -DNDEBUG
#include <assert.h>
#include <yieldc.h>

generator(int, int) int g(void)
{
    // CHECK: yield-in-assert.c:[[@LINE+2]]:5: error: 'yield' in the operand of 'sizeof', which is never evaluated
    // CHECK-NEXT: {{^}}    assert((yield 1) == 0);
    assert((yield 1) == 0);
    // CHECK: yield-in-assert.c:[[@LINE-1]]:5: note: in the expansion of macro 'assert', which yieldc expands in place
    return 0;
}

// A variable that must live in the frame, declared in the first clause of a 'for' that a macro writes, is refused at the macro.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

#define FOR_I(n) for (int i = 0; i < (n); i++)

generator(int *) int g(void)
{
    // CHECK: frame-var-in-macro-for.c:[[@LINE+1]]:5: error: 'i' must live in the generator's frame {{.*}} declared in a 'for' clause that a macro writes: declare it before the 'for'
    FOR_I(3) yield &i;
    return 0;
}

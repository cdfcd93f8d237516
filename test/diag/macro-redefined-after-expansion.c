// A macro that hides a yield is expanded in place; a #define or #undef later in the same generator's
// body, which could change that expansion, is refused with an error at the directive naming the macro.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

#define STEP yield 1

generator(int) int g(void)
{
    // CHECK-DAG: macro-redefined-after-expansion.c:[[@LINE+1]]:5: note: 'STEP' is expanded here
    STEP;
    // CHECK-DAG: macro-redefined-after-expansion.c:[[@LINE+1]]:1: error: this directive changes the macros after macro 'STEP'
#undef STEP
#define STEP yield 2
    STEP;
    return 0;
}

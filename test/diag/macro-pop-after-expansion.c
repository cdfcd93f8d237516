// A macro expanded in place is expanded as it reads at the end of the
// generator's body, so a `#pragma pop_macro` (or push_macro, or the
// _Pragma operator's) later in the body, which can change what it expands
// to, is refused at the directive, as a #define or #undef there is: here
// the first YN yields N = 1 and the pop makes N 2 again before the second,
// and yieldc wrote `yield 2` for both (found by review).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
// RUN: not %yieldc %s -o %t.c -- -DPUSH 2>&1 | FileCheck %s --check-prefix=PUSH --implicit-check-not=error:
// RUN: not test -e %t.c
// RUN: not %yieldc %s -o %t.c -- -DOPERATOR 2>&1 | FileCheck %s --check-prefix=OPERATOR --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

#define N 2
#pragma push_macro("N")
#undef N
#define N 1
#define YN yield N

generator(int) int g(void)
{
    // CHECK-DAG: macro-pop-after-expansion.c:[[@LINE+3]]:5: note: 'YN' is expanded here
    // PUSH-DAG: macro-pop-after-expansion.c:[[@LINE+2]]:5: note: 'YN' is expanded here
    // OPERATOR-DAG: macro-pop-after-expansion.c:[[@LINE+1]]:5: note: 'YN' is expanded here
    YN;
#if defined(PUSH)
    // PUSH-DAG: macro-pop-after-expansion.c:[[@LINE+1]]:1: error: this directive changes the macros after macro 'YN'
#pragma push_macro("N")
#elif defined(OPERATOR)
    // OPERATOR-DAG: macro-pop-after-expansion.c:[[@LINE+1]]:5: error: this directive changes the macros after macro 'YN'
    _Pragma("pop_macro(\"N\")")
#else
    // CHECK-DAG: macro-pop-after-expansion.c:[[@LINE+1]]:1: error: this directive changes the macros after macro 'YN'
#pragma pop_macro("N")
#endif
    YN;
    return 0;
}

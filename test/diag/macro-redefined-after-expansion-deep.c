// A directive after a macro yieldc expands in place is refused where it
// changes a macro the expansion uses through another macro's definition
// (YV names VALUE, which names BASE), or through a macro its arguments
// name (WAIT_FOR(READY), READY names BASE: -DARG), not only the macro
// itself; one that
// changes a macro the expansion does not use is fine
// (run/macro-directive-after-expansion-unrelated.c).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
// RUN: not %yieldc %s -o %t.c -- -DARG 2>&1 | FileCheck %s --check-prefix=ARG
#include <yieldc.h>

#define VALUE BASE + 1
#define BASE 10
#define YV yield VALUE
#define READY (BASE > 5)
#define WAIT_FOR(c) while (!(c)) yield 0

generator(int) int h(void)
{
#ifdef ARG
    // ARG-DAG: macro-redefined-after-expansion-deep.c:[[@LINE+1]]:5: note: 'WAIT_FOR' is expanded here
    WAIT_FOR(READY);
#else
    // CHECK-DAG: macro-redefined-after-expansion-deep.c:[[@LINE+1]]:5: note: 'YV' is expanded here
    YV;
#endif
    // CHECK-DAG: macro-redefined-after-expansion-deep.c:[[@LINE+2]]:1: error: this directive changes the macros after macro 'YV'
    // ARG-DAG: macro-redefined-after-expansion-deep.c:[[@LINE+1]]:1: error: this directive changes the macros after macro 'WAIT_FOR'
#undef BASE
#define BASE 20
    YV;
    return 0;
}

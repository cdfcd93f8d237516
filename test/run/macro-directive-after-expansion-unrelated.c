// A directive in a generator's body after a macro yieldc expands in place
// (#define, #undef, #pragma push_macro / pop_macro, the _Pragma operator's)
// is fine where it changes a macro the expansion does not use: not the
// macro, not one its definition names (however deep), not one its
// arguments name.  Any such directive was refused; one that changes a
// macro the expansion uses still is (diag/macro-redefined-after-expansion.c,
// diag/macro-pop-after-expansion.c).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define LIMIT 3
#define WAIT_FOR(c) while (!(c)) yield 0

static generator(int) int f(void)
{
    int k = 0;
    WAIT_FOR(++k >= 2);
#pragma push_macro("LIMIT")
#undef LIMIT
#define LIMIT 5
    yield LIMIT;
#pragma pop_macro("LIMIT")
    yield LIMIT;
    _Pragma("push_macro(\"LIMIT\")")
#undef LIMIT
#define LIMIT 7
    yield LIMIT;
    _Pragma("pop_macro(\"LIMIT\")")
#define LOCAL_ONLY 9
    yield LOCAL_ONLY;
#undef LOCAL_ONLY
    return k;
}

int main(void)
{
    struct f x = f();
    while (yc_next(&x))
        printf("%d ", yc_value(&x));
    printf("| %d\n", yc_result(&x));
    // CHECK: 0 5 3 7 9 | 2
    return 0;
}

// The runtime's macros given something else than a pointer to a generator
// object are reported at the call in yieldc's terms, naming the macro and
// what it was given (clang's own words from the view were "member
// reference type 'int' is not a pointer" and "member reference base type
// 'int' is not a structure or union"), in a generator's body and outside.
// (`yc_value(&o)` on a struct that is no generator was "on generator
// 'other', which yields void".)
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

struct other { int a; };

generator(int) int g(void)
{
    int x = 0;
    // CHECK: api-argument-not-a-generator.c:[[@LINE+1]]:5: error: 'yc_next' takes a pointer to a generator object, not a pointer to 'int'
    yc_next(&x);
    // CHECK: api-argument-not-a-generator.c:[[@LINE+1]]:11: error: 'yc_value' takes a pointer to a generator object, not a pointer to 'int'
    yield yc_value(&x);
    return 0;
}

int main(void)
{
    int x = 0;
    struct other o = { 0 };
    struct g gen = g();
    // CHECK: api-argument-not-a-generator.c:[[@LINE+1]]:5: error: 'yc_next' takes a pointer to a generator object, not 'int'
    yc_next(5);
    // CHECK: api-argument-not-a-generator.c:[[@LINE+1]]:5: error: 'yc_close' takes a pointer to a generator object, not 'int'
    yc_close(x);
    // CHECK: api-argument-not-a-generator.c:[[@LINE+1]]:5: error: 'yc_next' takes a pointer to a generator object, not a 'struct g' itself: pass its address (&)
    yc_next(gen);
    // CHECK: api-argument-not-a-generator.c:[[@LINE+1]]:13: error: 'yc_value' takes a pointer to a generator object, and 'struct other' is not a generator
    x = x + yc_value(&o);
    // CHECK: api-argument-not-a-generator.c:[[@LINE+1]]:13: error: 'yc_result' takes a pointer to a generator object, and 'struct other' is not a generator
    x = x + yc_result(&o);
    // CHECK: api-argument-not-a-generator.c:[[@LINE+1]]:12: error: 'yc_done' takes a pointer to a generator object, not a 'struct g' itself: pass its address (&)
    return yc_done(gen) + yc_next(&o);
    // CHECK: api-argument-not-a-generator.c:[[@LINE-1]]:27: error: 'yc_next' takes a pointer to a generator object, and 'struct other' is not a generator
}

// __func__ used inside the user's macros in a generator names the generator too,
// and the surrounding functions keep their own names.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define TRACE(what) printf("%s: %s\n", __func__, what)

static void helper(void) { TRACE("helper"); }

generator(int) int tracer(void)
{
    TRACE("start");
    yield 1;
    TRACE("resumed");
    helper();
    return 0;
}

int main(void)
{
    struct tracer t = tracer();
    while (yc_next(&t))
        TRACE("got a value");
    // CHECK: tracer: start
    // CHECK-NEXT: main: got a value
    // CHECK-NEXT: tracer: resumed
    // CHECK-NEXT: helper: helper
    return 0;
}

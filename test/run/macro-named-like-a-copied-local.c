// A function-like macro named like a parameter or local that lives across a yield, the common
// flag-and-macro pattern (`#define debug(...) if (debug) ...` with a parameter `debug`): the
// variable is copied to and from the frame around each yield, so its uses stay as written, and
// yieldc's own code never writes its name before `(`, where the macro would expand. Accepted.
// Where the variable lives in the frame (its uses rewritten) it is refused
// (test/diag/macro-named-like-a-local.c).
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: debug: i=0
// CHECK-NEXT: 0
// CHECK-NEXT: debug: i=1
// CHECK-NEXT: 1
// CHECK-NEXT: result 10
#include <yieldc.h>
#include <stdio.h>

#define debug(...) do { if (debug) printf("debug: " __VA_ARGS__); } while (0)
#define trace(n) (trace += (n))

generator(int) int g(int n, int debug)
{
    int trace = 0;
    for (int i = 0; i < n; i++) {
        debug("i=%d\n", i);
        trace(i * 10 + 1);
        yield i;
        trace(-1);
    }
    return trace;
}

int main(void)
{
    struct g it = g(2, 1);
    while (yc_next(&it))
        printf("%d\n", yc_value(&it));
    printf("result %d\n", yc_result(&it));
    return 0;
}

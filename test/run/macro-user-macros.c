// The user's macros inside generator bodies: assert, a MIN(a,b) macro, a macro whose body names a local variable, and a multi-statement macro, around yields.
// RUN: %check-run %s %t | FileCheck %s
#include <assert.h>
#include <stdio.h>
#include <yieldc.h>

#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define LOG() printf("i=%d\n", i)
#define BUMP(v) do { (v) += 1; (v) *= 2; } while (0)
#define LIMIT 3

generator(int) int macros(int n)
{
    int acc = 0;
    for (int i = 0; i < MIN(n, LIMIT); i++) {
        LOG();
        assert(i < LIMIT);
        yield MIN(i * 10, 15);
        LOG();
        BUMP(acc);
    }
    int i = 42;
    LOG();
    yield i;
    assert(i == 42 && "i survives a yield");
    LOG();
    return MIN(acc, 100);
}

int main(void)
{
    struct macros g = macros(5);
    while (yc_next(&g))
        printf("value %d\n", yc_value(&g));
    // CHECK: i=0
    // CHECK-NEXT: value 0
    // CHECK-NEXT: i=0
    // CHECK-NEXT: i=1
    // CHECK-NEXT: value 10
    // CHECK-NEXT: i=1
    // CHECK-NEXT: i=2
    // CHECK-NEXT: value 15
    // CHECK-NEXT: i=2
    // CHECK-NEXT: i=42
    // CHECK-NEXT: value 42
    // CHECK-NEXT: i=42
    // CHECK-NEXT: result 14
    printf("result %d\n", yc_result(&g));
    return 0;
}

// __attribute__((cleanup)) locals alive across yields: the cleanup runs on every way out of
// the scope (end of an iteration, continue, break, return after its value), never at a
// suspension; yc_close on a suspended generator runs those in scope, innermost first.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <stdlib.h>
#include <yieldc.h>

static void release(char **p) { printf("release %s\n", *p); }
static void drop(int *p) { printf("drop %d\n", *p); }

generator(int) int g(int n)
{
    __attribute__((cleanup(release))) char *outer = "outer";
    for (int i = 0; i < n; i++) {
        int x __attribute__((cleanup(drop))) = i * 10;
        yield x;
        if (i == 1)
            break;          /* leaves x's scope: drop runs */
        x++;
        if (i == 0)
            continue;       /* leaves x's scope too */
    }
    yield -1;
    if (n > 5)
        return 7;           /* leaves outer's scope: release runs after the value */
    return 0;
}

int main(void)
{
    struct g a = g(3);
    while (yc_next(&a)) printf("value %d\n", yc_value(&a));
    printf("-- result %d; close while suspended inside both scopes\n", yc_result(&a));
    struct g b = g(3);
    yc_next(&b);
    yc_close(&b);
    printf("-- close after the end: nothing\n");
    yc_close(&a);
    printf("-- return with a value\n");
    struct g c = g(9);
    while (yc_next(&c)) ;
    printf("result %d\n", yc_result(&c));
    return 0;
}
// CHECK: value 0
// CHECK-NEXT: drop 1
// CHECK-NEXT: value 10
// CHECK-NEXT: drop 10
// CHECK-NEXT: value -1
// CHECK-NEXT: release outer
// CHECK-NEXT: -- result 0; close while suspended inside both scopes
// CHECK-NEXT: drop 0
// CHECK-NEXT: release outer
// CHECK-NEXT: -- close after the end: nothing
// CHECK-NEXT: -- return with a value
// CHECK-NEXT: drop 1
// CHECK-NEXT: drop 10
// CHECK-NEXT: release outer
// CHECK-NEXT: result 7

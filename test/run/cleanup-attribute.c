// __attribute__((cleanup)) locals alive across yields: cleanups run when their scope is left
// by any path (end of an iteration, break, return), never at a suspension, and yc_close
// on a suspended generator runs those in scope, innermost first; nothing after the end.
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
    }
    yield -1;
    return 0;               /* leaves outer's scope: release runs */
}

int main(void)
{
    struct g a = g(3);
    while (yc_next(&a)) printf("value %d\n", yc_value(&a));
    printf("-- close while suspended inside both scopes\n");
    struct g b = g(3);
    yc_next(&b);
    yc_close(&b);
    printf("-- close after the end: nothing\n");
    yc_close(&a);
    return 0;
}
// CHECK: value 0
// CHECK-NEXT: drop 0
// CHECK-NEXT: value 10
// CHECK-NEXT: drop 10
// CHECK-NEXT: value -1
// CHECK-NEXT: release outer
// CHECK-NEXT: -- close while suspended inside both scopes
// CHECK-NEXT: drop 0
// CHECK-NEXT: release outer
// CHECK-NEXT: -- close after the end: nothing
// CHECK-NOT: {{.}}

// A cleanup spelled through an object-like macro (#define AUTO __attribute__((cleanup(f)))) on a local alive across yields: run at the end and at yc_close, never at a suspension (reproducer min-cleanup-macro.c).
// RUN: %check-run %s %t | FileCheck %s
#include <yieldc.h>
#include <stdio.h>

static void say(int *p) { printf("cleanup %d\n", *p); }
#define AUTO __attribute__((cleanup(say)))

generator(int) int g(void)
{
    AUTO int a = 1;
    yield 10;
    a = 2;
    yield 20;
    return 0;
}

int main(void)
{
    struct g t = g();
    while (yc_next(&t))
        printf("value %d\n", yc_value(&t));
    struct g u = g();
    yc_next(&u);
    printf("closing\n");
    yc_close(&u);
    return 0;
}
// CHECK: value 10
// CHECK-NEXT: value 20
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: closing
// CHECK-NEXT: cleanup 1

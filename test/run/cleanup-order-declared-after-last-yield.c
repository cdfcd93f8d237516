// Two cleanup locals in one scope, the first alive across a yield, the second declared after the last yield: at the scope's end they run in GNU C's order, the later declared first (reproducer min-cleanup-order.c).
// RUN: %check-run %s %t | FileCheck %s
#include <yieldc.h>
#include <stdio.h>

static void say(int *p) { printf("cleanup %d\n", *p); }

generator(int) int g(void)
{
    {
        __attribute__((cleanup(say))) int a = 1;
        yield a;
        __attribute__((cleanup(say))) int b = 2;
        printf("block end %d\n", b);
    }
    printf("after block\n");
    return 0;
}

int main(void)
{
    struct g t = g();
    while (yc_next(&t))
        printf("value %d\n", yc_value(&t));
    return 0;
}
// CHECK: value 1
// CHECK-NEXT: block end 2
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: after block

// An alignment specifier on a local that lives in the frame carries over to its field.
// RUN: %check-run %s %t | FileCheck %s
#include <stdint.h>
#include <stdio.h>
#include <yieldc.h>
generator(int) int g(void)
{
    _Alignas(64) char buf[64];
    buf[0] = 1;
    yield (int)((uintptr_t)buf % 64);
    yield buf[0];
    return 0;
}
int main(void)
{
    struct { char c; struct g it; } s;
    s.it = g();
    while (yc_next(&s.it)) printf("%d\n", yc_value(&s.it));
    return 0;
}
// CHECK: 0
// CHECK-NEXT: 1

// Locals of types declared inside the generator (typedef, struct, anonymous struct) and an
// array named only inside macros' bodies keep their values across yields (copied by bytes).
// RUN: %check-run %s %t -O2 | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
#define PUSH(v) (stack[sp++] = (v))
#define POP() (stack[--sp])
generator(int) int g(void)
{
    typedef int myint;
    struct pair { int a, b; } p = { 1, 2 };
    struct { double d; char c; } anon = { 2.5, 'z' };
    myint m = 5;
    int stack[4];
    int sp = 0;
    PUSH(10);
    PUSH(20);
    yield m;
    m += p.a + p.b;
    yield m;
    p.b = POP();
    yield p.b + (int)anon.d + (anon.c == 'z');
    return POP() + (int)sizeof stack;
}
int main(void) { struct g it = g(); while (yc_next(&it)) printf("%d ", yc_value(&it)); printf("| %d %zu\n", yc_result(&it), sizeof it); }
// CHECK: 5 8 23 | 26 {{[0-9]+}}

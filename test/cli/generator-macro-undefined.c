// A macro that wrote `generator(...)`, #undef'd and #defined again as
// something else, is an ordinary macro from there on: a declaration that
// begins with it is not refused.  (Its name stayed on lex's list for the
// whole file: "'generator(...)' written by macro 'G'" on valid code.)
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags %t.c -o %t && %t | FileCheck %s
// RUN: %clang %cflags %t.c -o %t2 && %t2 | FileCheck %s
// CHECK: 1 2 | 3
#include <stdio.h>
#include <yieldc.h>

#define G(T) static generator(T)
#undef G
#define G(x) static int x
G(a) = 1;

#define H(T) static generator(T)
#pragma push_macro("H")
#undef H
#define H(x) static int x
H(b) = 2;

static generator(int) int f(void)
{
    yield a;
    yield b;
    return a + b;
}

int main(void)
{
    struct f x = f();
    while (yc_next(&x))
        printf("%d ", yc_value(&x));
    printf("| %d\n", yc_result(&x));
    return 0;
}

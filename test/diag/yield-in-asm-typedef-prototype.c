// A yield where the lowering cannot put a resume point, each refused at
// the yield: an operand of 'asm' (input or output), an array's size in a
// typedef, and an array's size in a parameter of a prototype (C never
// evaluates it: the size is read as '*').  Before, each was accepted and
// the output did not compile (a statement block pasted into the operand,
// "label 'yc_resume_1' used but not defined").
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(void)
{
    int out, *p = &out;
    __asm__("mov %1, %0" : "=r"(out) : "r"(yield 1));
    // CHECK: yield-in-asm-typedef-prototype.c:[[@LINE-1]]:44: error: 'yield' in an operand of 'asm' is not supported: keep the yield's value in a variable first, and use that
    __asm__ volatile("" : "=r"(*((yield 2) ? p : p)));
    // CHECK: yield-in-asm-typedef-prototype.c:[[@LINE-1]]:35: error: 'yield' in an operand of 'asm'
    typedef int T[(yield 3)];
    // CHECK: yield-in-asm-typedef-prototype.c:[[@LINE-1]]:20: error: 'yield' in a typedef (an array's size) is not supported: keep the yield's value in a variable first, and use that
    int f(int a[(yield 4)]);
    // CHECK: yield-in-asm-typedef-prototype.c:[[@LINE-1]]:18: error: 'yield' in the declaration of a parameter (an array's size in a prototype), which is never evaluated
    int (*fp)(int a[(yield 5)]) = 0;
    // CHECK: yield-in-asm-typedef-prototype.c:[[@LINE-1]]:22: error: 'yield' in the declaration of a parameter
    T t;
    (void)t, (void)f, (void)fp;
    return out;
}

// `static` written after `generator(...)` (C takes the specifiers in any
// order) makes a static generator, as before it: two files that each
// define a generator `helper` that way link into one program.  The view
// replaced that text whole and the `static` was lost: the second file's
// `helper`, `helper__next` and `helper__close` were multiple definitions.
// The specifiers and attributes written there are kept, as written, on the
// constructor's declarations.
// Found by review.
// RUN: %yieldc %s -o %t.main.c -- -DMAIN
// RUN: %yieldc %s -o %t.other.c
// RUN: %nochecks < %t.other.c | FileCheck %s --check-prefix=SHAPE
// RUN: %gcc %cflags -DMAIN -c %t.main.c -o %t.main.o && %gcc %cflags -c %t.other.c -o %t.other.o
// RUN: %gcc %t.main.o %t.other.o -o %t.gcc && %t.gcc | FileCheck %s
// RUN: %clang %cflags -DMAIN -c %t.main.c -o %t.main.o && %clang %cflags -c %t.other.c -o %t.other.o
// RUN: %clang %t.main.o %t.other.o -o %t.clang && %t.clang | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#ifdef MAIN
generator(int) static int helper(int n)
{
    yield n;
    yield n + 1;
    return 10;
}
int other(void);
int main(void)
{
    struct helper h = helper(1);
    int sum = 0;
    while (yc_next(&h))
        sum += yc_value(&h);
    printf("main %d, other %d\n", sum + yc_result(&h), other());
    return 0;
}
#else
generator(long) static inline __attribute__((unused)) long helper(void)
{
    yield 100;
    return 200;
}
int other(void);
int other(void)
{
    struct helper h = helper();
    yc_next(&h);
    return (int)(yc_value(&h) + 1);
}
#endif

// CHECK: main 13, other 101
// SHAPE: static inline __attribute__((unused)) struct helper helper(void);
// SHAPE: YC__DECLARE(static, helper);

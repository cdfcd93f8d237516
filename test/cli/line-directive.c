// #line directives map the output back to the input: a gcc warning in a generator body (after a yield) and __LINE__ name the original lines.
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags -Wno-error -Wconversion -c %t.c -o %t.o 2>&1 | FileCheck --check-prefix=WARN %s
// RUN: %gcc %cflags %t.c -o %t
// RUN: %t | FileCheck --check-prefix=OUT %s
#include <stdio.h>
#include <yieldc.h>

static short last;
static void take_short(short s) { last = s; }

generator(int) int g(int n)
{
    yield 1;
    // WARN: line-directive.c:[[@LINE+1]]:{{[0-9]+}}: warning: conversion {{.*}}
    take_short(n);
    yield __LINE__;
    // OUT: line [[@LINE+1]]
    yield __LINE__;
    return n;
}

int main(void)
{
    struct g it = g(7);
    yc_next(&it);
    yc_next(&it);
    yc_next(&it);
    printf("line %d\n", yc_value(&it));
    return 0;
}

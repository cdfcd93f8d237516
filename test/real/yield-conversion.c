// A yield converts its value to Y as an assignment does: where the assignment would only warn
// (3.7 into an int under -Wconversion) yieldc accepts it, whatever the user's -W flags, and the
// C compiler warns at the yield's own line; where C forbids the assignment (an int into a
// pointer), yieldc refuses it however the yield is spelled.
// RUN: %yieldc %s -o %t.c -- -Wconversion -Werror -DOK
// RUN: %gcc %cflags -Wno-error -Wfloat-conversion -DOK -c %t.c -o %t.o 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: not %yieldc %s -o %t.bad.c 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not test -e %t.bad.c
#include <yieldc.h>

#ifdef OK
generator(int) int g(double d)
{
    // WARN: yield-conversion.c:[[@LINE+1]]:{{[0-9]+}}: warning: conversion from 'double' to 'int'
    yield 3.7;
    // WARN: yield-conversion.c:[[@LINE+1]]:{{[0-9]+}}: warning: conversion from 'double' to 'int'
    yield d;
    return 0;
}
#else
generator(char *) int h(int n)
{
    // BAD: yield-conversion.c:[[@LINE+1]]:11: error: cannot yield a value of type 'int' from generator 'h', whose yield type is 'char *'
    yield n;
    // BAD: yield-conversion.c:[[@LINE+1]]:10: error: cannot yield a value of type 'int' from generator 'h', whose yield type is 'char *'
    yield(n);
    // BAD: yield-conversion.c:[[@LINE+1]]:12: error: cannot yield a value of type 'int' from generator 'h', whose yield type is 'char *'
    yield  (n) ;
    // BAD: yield-conversion.c:[[@LINE+1]]:11: error: cannot yield a value of type 'int' from generator 'h', whose yield type is 'char *'
    yield n + 1;
    return 0;
}
#endif

// A yield of a value that does not convert to the yield type is refused however it is spaced: 'yield n', 'yield(n)', 'yield  n', 'yield' and its operand on two lines.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(char *) int f(void)
{
    int n = 5;
    // CHECK: type-yield-conversion-any-spacing.c:[[@LINE+1]]:11: error: cannot yield a value of type 'int' from generator 'f', whose yield type is 'char *'
    yield n;
    // CHECK: type-yield-conversion-any-spacing.c:[[@LINE+1]]:10: error: cannot yield a value of type 'int' from generator 'f'
    yield(n);
    // CHECK: type-yield-conversion-any-spacing.c:[[@LINE+1]]:13: error: cannot yield a value of type 'int' from generator 'f'
    yield   n;
    yield
    // CHECK: type-yield-conversion-any-spacing.c:[[@LINE+1]]:9: error: cannot yield a value of type 'double' from generator 'f'
        5.0;
    return 0;
}

generator(int *) int g(long *p)
{
    // CHECK: type-yield-conversion-any-spacing.c:[[@LINE+1]]:11: error: cannot yield a value of type 'long *' from generator 'g', whose yield type is 'int *'
    yield p;
    return 0;
}

generator(int) int h(char *s)
{
    // CHECK: type-yield-conversion-any-spacing.c:[[@LINE+1]]:11: error: cannot yield a value of type 'char *' from generator 'h', whose yield type is 'int'
    yield s;
    return 0;
}

// A storage class other than `static` or `extern` among a generator's
// specifiers, before or after `generator(...)`, is refused at the
// specifier: a generator is a function.  (It drew clang's "type name does
// not allow storage class to be specified" at the declaration's first
// token, or "illegal storage class on function".)  Found by review.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) register int a(void) { yield 1; return 0; }
// CHECK: generator-declared-storage-class.c:[[@LINE-1]]:16: error: generator 'a' cannot be declared 'register': a generator is a function, 'static' or external
register generator(int) int b(void) { yield 1; return 0; }
// CHECK: generator-declared-storage-class.c:[[@LINE-1]]:1: error: generator 'b' cannot be declared 'register'
generator(int) typedef int c(void);
// CHECK: generator-declared-storage-class.c:[[@LINE-1]]:16: error: generator 'c' cannot be declared 'typedef'
generator(int) _Thread_local int d(void) { yield 1; return 0; }
// CHECK: generator-declared-storage-class.c:[[@LINE-1]]:16: error: generator 'd' cannot be declared '_Thread_local'
__thread generator(int) int e(void) { yield 1; return 0; }
// CHECK: generator-declared-storage-class.c:[[@LINE-1]]:1: error: generator 'e' cannot be declared '__thread'
generator(int) auto int f(void) { yield 1; return 0; }
// CHECK: generator-declared-storage-class.c:[[@LINE-1]]:16: error: generator 'f' cannot be declared 'auto'

// static and extern are fine, and so is a register parameter
extern generator(int) int g(register int n);
generator(int) static int h(void) { yield 2; return 0; }
generator(int) int g(register int n) { yield n; return 0; }

// `generator(...)` written by a macro (directly, or through another macro
// that invokes one) is refused at the invocation, with what to write
// instead: yieldc finds generators where the file writes them.  The yields
// of such a function are not reported again as outside a generator.  (It
// drew clang's "expected ';' after top level declarator" at the macro's
// argument, and "'yield' outside a generator" at each yield.)  A macro that
// gives only the specifiers before `generator(...)` is fine.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

#define GEN(T) static generator(T)
#define INT_GEN GEN(int)
#define DECLARE(name) generator(int) int name(void);
#define PRIVATE static __attribute__((unused))

GEN(int) int a(void)
// CHECK: generator-written-by-macro.c:[[@LINE-1]]:1: error: 'generator(...)' written by macro 'GEN': yieldc finds a generator where 'generator(...)' is written in the file, not in a macro's expansion; write it here (a macro may still give the specifiers before it, 'static', attributes)
{
    yield 1;
    return 0;
}

INT_GEN int b(void)
// CHECK: generator-written-by-macro.c:[[@LINE-1]]:1: error: 'generator(...)' written by macro 'INT_GEN'
{
    yield 2;
    return 0;
}

DECLARE(c)
// CHECK: generator-written-by-macro.c:[[@LINE-1]]:1: error: 'generator(...)' written by macro 'DECLARE'

PRIVATE generator(int) int d(void)
{
    yield 3;
    return 0;
}
// CHECK-NOT: outside a generator

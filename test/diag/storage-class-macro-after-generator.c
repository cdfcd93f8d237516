// A macro that gives a storage class (or `inline`), written between `generator(...)` and
// the name (SPEC puts `static` before `generator(...)`), is refused at the
// macro, once, saying where to write it (it drew clang's "type name does
// not allow storage class to be specified", twice, at `generator`).  Written
// before `generator(...)`, the same macro is fine, and so is `static`
// itself after it.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

#define PRIVATE static
#define PRIVATE_INLINE static inline

generator(int) PRIVATE int f(void)
// CHECK: storage-class-macro-after-generator.c:[[@LINE-1]]:16: error: macro 'PRIVATE' gives generator 'f' a storage class or function specifier after 'generator(...)', where the result type goes: write it before 'generator(...)' ('PRIVATE generator(int) ...')
{
    yield 1;
    return 0;
}

generator(long, int) PRIVATE_INLINE int g(void)
// CHECK: storage-class-macro-after-generator.c:[[@LINE-1]]:22: error: macro 'PRIVATE_INLINE' gives generator 'g' a storage class or function specifier after 'generator(...)', where the result type goes: write it before 'generator(...)' ('PRIVATE_INLINE generator(long, int) ...')
{
    yield 1;
    return 0;
}

PRIVATE generator(int) int fine(void)
{
    yield 1;
    return 0;
}

generator(int) static int also_fine(void)
{
    yield 1;
    return 0;
}

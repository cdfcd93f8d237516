// A generator whose name is an object-like macro where it is declared
// (from the file or the command line): yieldc.h's macros
// paste the name into the functions made for it (count__next, ...), which
// the macro does not rename, so the output did not compile ("my_count__next
// undeclared").  Refused at the name, at each declaration, with nothing
// written; a macro #undef'd before the generator is fine.  Found by review.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c -- -Dfrom_flags=renamed 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

#define count my_count
generator(int) int count(int n);
// CHECK: generator-name-is-a-macro.c:[[@LINE-1]]:20: error: the name of generator 'count' is a macro here: the functions made for it are named after it ('count__next', ...), which the macro does not rename; #undef it first, or rename the generator

generator(int) int count(int n)
// CHECK: generator-name-is-a-macro.c:[[@LINE-1]]:20: error: the name of generator 'count'
{
    yield n;
    return n;
}

generator(int) void from_flags(void)
// CHECK: generator-name-is-a-macro.c:[[@LINE-1]]:21: error: the name of generator 'from_flags'
{
    yield 1;
}

#define fine other_name
#undef fine
generator(int) void fine(void)
{
    yield 2;
}

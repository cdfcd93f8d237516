// 'yield from' passes each value sent on to the sub, converted to its S as
// by assignment (SPEC 2): a sub whose S no value of the outer S converts
// to is refused at the 'yield from', as a Y mismatch is; so is a pointer
// to a const generator, which 'yield from' would resume.  Before, each was
// accepted and the output did not compile, or warned ("incompatible type
// for argument 2 of 'sub__isend'" at column 80 of a 20-column line;
// -Wint-conversion; "discards 'const' qualifier").  Conversions C allows
// pass: int to long, to double, a struct to the same struct, a pointer to
// a pointer (the C compiler judges its qualifiers) or to _Bool, and any S
// under an outer without S (the sub receives zeros).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

struct s { int a; };

generator(int, struct s) int sub_struct(void) { struct s x = yield 1; return x.a; }
generator(int, int *) int sub_ptr(void) { int *p = yield 1; return p != 0; }
generator(int, long) int sub_long(void) { long v = yield 1; return (int)v; }
generator(int, double) int sub_double(void) { double v = yield 1; return (int)v; }

generator(int, int) int from_int(void)
{
    int r = yield from sub_struct();
    // CHECK: from-send-type-mismatch.c:[[@LINE-1]]:13: error: 'yield from' a generator whose send type is 'struct s' in generator 'from_int', whose send type is 'int': a value sent could not be passed on to it
    struct sub_ptr p = sub_ptr();
    r += yield from &p;
    // CHECK: from-send-type-mismatch.c:[[@LINE-1]]:10: error: 'yield from' a generator whose send type is 'int *' in generator 'from_int', whose send type is 'int'
    r += yield from sub_long();
    r += yield from sub_double();
    return r;
}

generator(int, struct s) int from_struct(const struct sub_struct *cp)
{
    int r = yield from sub_struct();
    r += yield from sub_long();
    // CHECK: from-send-type-mismatch.c:[[@LINE-1]]:10: error: 'yield from' a generator whose send type is 'long' in generator 'from_struct', whose send type is 'struct s'
    r += yield from cp;
    // CHECK: from-send-type-mismatch.c:[[@LINE-1]]:21: error: 'yield from' resumes the generator it is given: this pointer is to a const one
    return r;
}

generator(int, _Bool) int sub_bool(void) { _Bool b = yield 1; return b; }

generator(int, const char *) int from_pointer(void)
{
    return yield from sub_bool();
}

generator(int) int without_send(void)
{
    return (yield from sub_struct()) + (yield from sub_ptr());
}

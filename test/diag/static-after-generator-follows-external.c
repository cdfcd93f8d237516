// `static` written after `generator(...)` is in the parse view too, where
// the output writes it (before the constructor): clang sees what the C
// compiler will.  Without it in the view, a static definition after an
// external prototype passed the parse and its output did not compile
// ("static declaration of 'count' follows non-static declaration"); with
// `static` before `generator` it was reported.  Now both are, at the
// definition's name (clang's place for it; it was at `generator`).  The editor's view (--ide-view) has it too.
// Found by review.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
// RUN: %yieldc --ide-view %s | FileCheck %s --check-prefix=VIEW
#include <yieldc.h>

generator(int) int count(int n);

generator(int) static int count(int n)
// CHECK: static-after-generator-follows-external.c:[[@LINE-1]]:27: error: static declaration of 'count' follows non-static declaration
// CHECK: static-after-generator-follows-external.c:[[@LINE-4]]:20: note: previous declaration is here
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

static generator(int) int twice(int n);
generator(int) int twice(int n)
{
    yield n;
    return 2 * n;
}

generator(int) static __attribute__((unused)) int quiet(void)
{
    yield 1;
    return 0;
}
// VIEW: "text": "struct count {
// VIEW: "text": "static struct count count(int n);
// VIEW: "text": "struct twice {
// VIEW: "text": "static __attribute__((unused)) struct quiet {

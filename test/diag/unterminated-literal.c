// An unterminated string or character literal is an error at it, saying
// so (clang only warns "missing terminating" and then errs "expected
// expression", which yieldc reported alone: the reason was dropped with
// the warning).  The errors clang gives after it, as for plain C, follow.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(const char *) int g(void)
{
    yield "abc;
    // CHECK: unterminated-literal.c:[[@LINE-1]]:11: error: missing terminating '"' character
    return 0;
}

// A yield in the initializer of a static local (a constant expression) is an error at the yield keyword.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int, int) int g(void)
{
    // CHECK: yield-in-static-init.c:[[@LINE+1]]:20: error: {{.*(static|const)}}
    static int s = yield 1;
    return s;
}

// Clang's errors about preprocessor directives whose branch is then skipped ('#if 1 +', '#elif 1 1', '#else' after '#else') are reported, not dropped with the branch.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

// CHECK: clang-pp-error-bad-if-expression.c:[[@LINE+1]]:8: error: expected value in expression
#if 1 +
int x;
#endif

#if 0
int y;
// CHECK: clang-pp-error-bad-if-expression.c:[[@LINE+1]]:9: error: token is not a valid binary operator
#elif 1 1
int z;
#endif

#if 0
#else
// CHECK: clang-pp-error-bad-if-expression.c:[[@LINE+1]]:2: error: #else after #else
#else
#endif

generator(int) int g(void)
{
    yield 1;
    return 0;
}

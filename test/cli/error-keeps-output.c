// On error an existing output file is neither replaced nor truncated, whether the error is yieldc's own or clang's, found after a valid generator.
// RUN: printf 'previous contents\nline two\n' > %t.c
// RUN: cp %t.c %t.orig
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: cmp %t.c %t.orig
// RUN: not %yieldc -o %t.c %S/Inputs/late-clang-error.c 2>&1 | FileCheck --check-prefix=CLANG %s
// RUN: cmp %t.c %t.orig
// CLANG: late-clang-error.c:11:12: error: {{.*}}undeclared identifier
#include <yieldc.h>

generator(int) int fine(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

static int filler(int x) { return x + 1; }

generator(int) int broken(void)
{
    yield filler(1);
    // CHECK: error-keeps-output.c:[[@LINE+1]]:5: error: {{.*}}yield
    yield;
    return 0;
}

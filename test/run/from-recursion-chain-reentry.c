// Re-entry is caught in a recursion chain (docs/design.md, "yield from"):
// while the chain's frames run, the root stays marked running, so a resume
// of it from a level below is reported, whether that level was reached by
// the root's own first `yield from` (depth 1) or deeper (depth 3), and
// whether the root was resumed before or not.
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags %t.c -o %t.gcc
// RUN: not --crash %t.gcc 1 2>&1 | FileCheck %s --check-prefix=DEPTH1
// RUN: not --crash %t.gcc 3 2>&1 | FileCheck %s --check-prefix=DEPTH3
// RUN: %clang %cflags -O2 %t.c -o %t.clang
// RUN: not --crash %t.clang 1 2>&1 | FileCheck %s --check-prefix=DEPTH1
// RUN: not --crash %t.clang 3 2>&1 | FileCheck %s --check-prefix=DEPTH3
#include <stdio.h>
#include <stdlib.h>
#include <yieldc.h>

static struct down *root;

/* yields n, then at the bottom resumes the root from inside */
generator(int) int down(int n)
{
    if (n == 0) {
        printf("bottom resumes the root\n");
        fflush(stdout);
        yc_next(root);
        printf("not reached\n");
        return 0;
    }
    yield n;
    return 1 + (yield from down(n - 1));
}

int main(int argc, char **argv)
{
    struct down g = down(argc > 1 ? atoi(argv[1]) : 1);
    root = &g;
    while (yc_next(&g)) {
        printf("got %d\n", yc_value(&g));
        fflush(stdout);
    }
    printf("main not reached\n");
    return 0;
}
// DEPTH1: got 1
// DEPTH1-NEXT: bottom resumes the root
// DEPTH1-NEXT: yieldc: generator 'down' resumed while it is running
// DEPTH1-NOT: not reached
// DEPTH3: got 3
// DEPTH3-NEXT: got 2
// DEPTH3-NEXT: got 1
// DEPTH3-NEXT: bottom resumes the root
// DEPTH3-NEXT: yieldc: generator 'down' resumed while it is running
// DEPTH3-NOT: not reached

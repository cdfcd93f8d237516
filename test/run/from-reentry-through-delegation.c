// Re-entry is still caught through `yield from`: a sub made in place is
// stepped without its own check, so a resume of the delegating generator
// from inside the sub's body is caught by the delegating one (named in the
// message); a sub given by pointer keeps its own check.  (outer is declared
// before inner, whose frame it embeds: the tool writes inner's frame first.)
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags %t.c -o %t.gcc
// RUN: not --crash %t.gcc outer 2>&1 | FileCheck %s --check-prefix=OUTER
// RUN: not --crash %t.gcc pointer 2>&1 | FileCheck %s --check-prefix=POINTER
// RUN: %clang %cflags -O2 %t.c -o %t.clang
// RUN: not --crash %t.clang outer 2>&1 | FileCheck %s --check-prefix=OUTER
// RUN: not --crash %t.clang pointer 2>&1 | FileCheck %s --check-prefix=POINTER
#include <stdio.h>
#include <string.h>
#include <yieldc.h>

generator(int) int outer(void);
generator(int) int inner(void);

static struct outer *outer_ptr;
static struct inner *inner_ptr;

generator(int) int inner(void)
{
    yield 1;
    printf("inner resumes %s\n", outer_ptr ? "outer" : "itself");
    fflush(stdout);
    if (outer_ptr)
        yc_next(outer_ptr);
    else
        yc_next(inner_ptr);
    printf("not reached\n");
    return 0;
}

generator(int) int outer(void)
{
    return yield from inner();
}

generator(int) int by_pointer(struct inner *p)
{
    return yield from p;
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "outer")) {
        struct outer g = outer();
        outer_ptr = &g;
        yc_next(&g);
        printf("first %d\n", yc_value(&g));
        fflush(stdout);
        yc_next(&g);
    } else {
        struct inner sub = inner();
        inner_ptr = &sub;
        struct by_pointer g = by_pointer(&sub);
        yc_next(&g);
        printf("first %d\n", yc_value(&g));
        fflush(stdout);
        yc_next(&g);
    }
    printf("main not reached\n");
    return 0;
}
// OUTER: first 1
// OUTER-NEXT: inner resumes outer
// OUTER-NEXT: yieldc: generator 'outer' resumed while it is running
// OUTER-NOT: not reached
// POINTER: first 1
// POINTER-NEXT: inner resumes itself
// POINTER-NEXT: yieldc: generator 'inner' resumed while it is running
// POINTER-NOT: not reached

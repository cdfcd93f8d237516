// yc_close of a generator from inside its own running body is a bug in the
// caller, reported as a resume from there is (Python: "generator already
// executing"): a message naming the generator, then abort, unless NDEBUG.
// It was ignored: the body went on, yielded again and returned.  Each way
// in: a generator with cleanups, one with nothing to close, through a
// handle, the root of a recursion chain closed from a level below.
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags %t.c -o %t.gcc
// RUN: not --crash %t.gcc 1 2>&1 | FileCheck %s --check-prefix=CLEANUP
// RUN: not --crash %t.gcc 2 2>&1 | FileCheck %s --check-prefix=PLAIN
// RUN: not --crash %t.gcc 3 2>&1 | FileCheck %s --check-prefix=HANDLE
// RUN: not --crash %t.gcc 4 2>&1 | FileCheck %s --check-prefix=CHAIN
// RUN: %clang %cflags -O2 %t.c -o %t.clang
// RUN: not --crash %t.clang 1 2>&1 | FileCheck %s --check-prefix=CLEANUP
// RUN: not --crash %t.clang 4 2>&1 | FileCheck %s --check-prefix=CHAIN
// CLEANUP: yieldc: generator 'with_cleanup' closed while it is running
// PLAIN: yieldc: generator 'plain' closed while it is running
// HANDLE: yieldc: generator '(through a handle)' closed while it is running
// CHAIN: yieldc: generator 'down' closed while it is running
#include <stdio.h>
#include <stdlib.h>
#include <yieldc.h>

static void cl(int *p) { printf("cl %d\n", *p); }

static struct with_cleanup *wc;
static struct plain *pl;
static struct yc_gen handle;
static struct down *root;

generator(int) int with_cleanup(void)
{
    int __attribute__((cleanup(cl))) c = 1;
    yield 1;
    yc_close(wc);
    yield c;
    return 3;
}

generator(int) int plain(int by_handle)
{
    yield 1;
    if (by_handle)
        yc_gen_close(handle);
    else
        yc_close(pl);
    yield 2;
    return 3;
}

generator(int) int down(int n)
{
    if (n == 0) {
        yc_close(root);
        return 0;
    }
    yield n;
    return 1 + (yield from down(n - 1));
}

int main(int argc, char **argv)
{
    int mode = argc > 1 ? atoi(argv[1]) : 1;
    struct with_cleanup a = with_cleanup();
    struct plain b = plain(mode == 3);
    struct down d = down(3);
    wc = &a;
    pl = &b;
    handle = yc_handle(&b);
    root = &d;
    if (mode == 1)
        while (yc_next(&a))
            ;
    else if (mode == 2 || mode == 3)
        while (yc_next(&b))
            ;
    else
        while (yc_next(&d))
            ;
    printf("not reached\n");
    return 0;
}

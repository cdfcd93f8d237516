// YC_ALLOC failing in a recursion is reported and the program stops
// (SPEC 4: never ignored), wherever the frame is asked for: when a sub
// that started in the step's spare first suspends and is kept ("walk",
// a frame that may move), or at the `yield from` itself ("pinned", whose
// frame may not move).  Subs that end in their first step ask for none:
// a budget of 2 frames walks the 3-node tree whole.
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags %t.c -o %t.gcc
// RUN: %t.gcc walk 2 | FileCheck %s --check-prefix=ENOUGH
// RUN: not --crash %t.gcc walk 1 2>&1 | FileCheck %s --check-prefix=WALK
// RUN: not --crash %t.gcc pinned 2 2>&1 | FileCheck %s --check-prefix=PINNED
// RUN: %clang %cflags -O2 %t.c -o %t.clang
// RUN: %t.clang walk 2 | FileCheck %s --check-prefix=ENOUGH
// RUN: not --crash %t.clang walk 1 2>&1 | FileCheck %s --check-prefix=WALK
// RUN: not --crash %t.clang pinned 2 2>&1 | FileCheck %s --check-prefix=PINNED
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int budget;
static void *limited(size_t n) { return budget-- > 0 ? malloc(n) : NULL; }
#define YC_ALLOC(n) limited(n)
#define YC_FREE(p) free(p)
#include <yieldc.h>

struct node { int key; struct node *left, *right; };

static generator(int) void walk(const struct node *t)
{
    if (!t)
        return;
    yield from walk(t->left);
    yield t->key;
    yield from walk(t->right);
}

static generator(int) void pinned(int n)
{
    int here = n;
    int *p = &here;
    if (n > 0)
        yield from pinned(n - 1);
    yield *p;
}

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    budget = atoi(argv[2]);
    struct node a = { 1, NULL, NULL }, c = { 3, NULL, NULL }, b = { 2, &a, &c };
    if (strcmp(argv[1], "walk") == 0) {
        struct walk w = walk(&b);
        while (yc_next(&w))
            printf("%d\n", yc_value(&w));
    } else {
        struct pinned p = pinned(5);
        while (yc_next(&p))
            printf("%d\n", yc_value(&p));
    }
    printf("end, %d frames to spare\n", budget);
    return 0;
}

// ENOUGH: 1
// ENOUGH-NEXT: 2
// ENOUGH-NEXT: 3
// ENOUGH-NEXT: end, 0 frames to spare
// WALK: yieldc: out of memory for a frame of generator 'walk' (YC_ALLOC failed)
// WALK-NOT: end
// PINNED: yieldc: out of memory for a frame of generator 'pinned' (YC_ALLOC failed)
// PINNED-NOT: end

// YC_ALLOC and YC_FREE may name functions the file declares after including
// yieldc.h (only the output calls them, after everything): the recursive
// walk's frames come from them (not the innermost level's, which ends in
// its first step).
// RUN: %check-run %s %t | FileCheck %s
// CHECK: 1 2 3 4 5
// CHECK-NEXT: frames taken 4, given back 4
#include <stddef.h>
#define YC_ALLOC(n) my_alloc(n)
#define YC_FREE(p) my_free(p)
#include <yieldc.h>
#include <stdio.h>
#include <stdlib.h>

static int taken, given;
static void *my_alloc(size_t n) { taken++; return malloc(n); }
static void my_free(void *p) { given++; free(p); }

generator(int) int count_down(int n)
{
    if (n == 0)
        return 0;
    int below = yield from count_down(n - 1);
    yield n;
    return below + 1;
}

int main(void)
{
    struct count_down g = count_down(5);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\nframes taken %d, given back %d\n", taken, given);
    return 0;
}

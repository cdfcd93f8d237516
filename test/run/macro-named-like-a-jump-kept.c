// A jump spelled through a macro named like its keyword, in a generator where yieldc does not
// rewrite that jump (no cleanup, the loop not lowered): copied as written, so the macro's
// whole expansion runs (`k++` here). Where yieldc must rewrite the jump it is refused
// (test/diag/macro-named-like-a-jump.c); an earlier version of that check refused this too.
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: 0 1 2 3 4
// CHECK-NEXT: result 302
#include <yieldc.h>
#include <stdio.h>

#define continue { k++; continue; }

generator(int) int g(int n)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        yield i;
        if (i & 1)
            continue
        k += 100;
    }
    return k;
}

#undef continue

int main(void)
{
    struct g it = g(5);
    while (yc_next(&it))
        printf(yc_value(&it) ? " %d" : "%d", yc_value(&it));
    printf("\nresult %d\n", yc_result(&it));
    return 0;
}

// A variable that must live in the frame (its address is yielded), declared in the first clause of a 'for' that a macro writes: the macro is expanded in place and the variable keeps one address across the yields.
// RUN: %check-run %s %t | FileCheck %s
// RUN: %yieldc %s -o %t.shape.c && %nochecks < %t.shape.c | FileCheck %s --check-prefix=SHAPE
#include <stdio.h>
#include <yieldc.h>

#define FOR_I(n) for (int i = 0; i < (n); i++)

generator(int *) int g(void)
{
    // SHAPE: /* FOR_I: */ { yc_f->i = (0); for (; yc_f->i < (3); yc_f->i++)
    FOR_I(3) yield &i;
    return 0;
}

int main(void)
{
    struct g it = g();
    int *first = NULL;
    while (yc_next(&it)) {
        int *p = yc_value(&it);
        if (!first)
            first = p;
        // CHECK: 0 same
        // CHECK: 1 same
        // CHECK: 2 same
        printf("%d %s\n", *p, p == first ? "same" : "moved");
    }
    // CHECK: done
    puts("done");
    return 0;
}

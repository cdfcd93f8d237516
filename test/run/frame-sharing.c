// Locals never kept over the same yield share storage in the frame (docs/design.md, "Frame layout"):
// the three loop counters of `phases` take the room of one, and values come
// back right even where one local's slot held another's value in between.
// `overlap` keeps a and c over the same yields, so they do not share.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int phases(int n)
{
    int total = 0;
    for (int i = 0; i < n; i++)
        yield i;
    for (long j = 0; j < n; j++) {
        double scale = 2.0;
        yield (int)(j * scale);
    }
    for (int k = 0; k < n; k++) {
        yield k;
        total += k;
    }
    return total;
}

/* the same frame without sharing, for comparison */
struct phases_unshared { unsigned char s; int v, r, n, total, i; long j; int k; };

generator(int) int overlap(void)
{
    int a = 10, c = 30;
    yield a;        /* a and c kept */
    a += 1;
    yield a + c;    /* a and c kept */
    int b = a * 2;  /* a dead from here */
    yield b;        /* b and c kept: b may share with a */
    return b + c;
}

int main(void)
{
    struct phases g = phases(3);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("| %d\n", yc_result(&g));
    // CHECK: 0 1 2 0 2 4 0 1 2 | 3
    printf("phases frame %s than without sharing\n",
           sizeof(struct phases) < sizeof(struct phases_unshared) ? "smaller" : "NOT smaller");
    // CHECK-NEXT: phases frame smaller than without sharing
    struct overlap o = overlap();
    while (yc_next(&o))
        printf("%d ", yc_value(&o));
    printf("| %d\n", yc_result(&o));
    // CHECK-NEXT: 10 41 22 | 52
    return 0;
}

// goto and labels jumping backwards and forwards around and across yields, including a jump to a label right after a yield.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int jumpy(int n)
{
    int i = 0;
    int hops = 0;
again:
    yield i;
    i++;
    if (i < n)
        goto again;          /* backwards, across the yield */
    goto skip;               /* forwards, over a yield */
    yield -1;
skip:
    hops++;
    if (hops == 1) {
        yield 100;
        goto skip;           /* backwards, from after a yield */
    }
    if (hops == 2)
        goto middle;         /* forwards, to a label right after a yield */
    yield 200;
middle:
    hops += 10;
    if (hops < 20) {
        yield 300;
        goto done;
    }
    yield -2;
done:
    return i * 100 + hops;
}

int main(void)
{
    struct jumpy g = jumpy(3);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 0 1 2 100 300
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 312
    return 0;
}

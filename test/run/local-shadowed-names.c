// Shadowed names: `int i` declared in two nested scopes shadowing a parameter, both alive and distinct across yields.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int shadow(int i)
{
    yield i;                      /* parameter */
    {
        int i = 10;
        yield i;
        {
            int i = 20;
            yield i;
            i++;
            yield i;
        }
        yield i;                  /* the outer block's i, untouched */
        i += 5;
        for (int i = 100; i < 102; i++) {
            yield i;
        }
        yield i;
    }
    yield i;                      /* the parameter again */
    i *= 3;
    yield i;
    return i;
}

int main(void)
{
    struct shadow g = shadow(1);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 1 10 20 21 10 100 101 15 1 3
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 3
    return 0;
}

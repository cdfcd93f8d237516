#include <stdio.h>
#include <yieldc.h>
#include "counter_private.h"
#ifndef FROM_OPTIONS
#error "the target's compile options did not reach the parse"
#endif

generator(int) int counter(void)
{
    int k = 0;
#ifdef NDEBUG
    yield 1000;                 /* Release */
#else
    yield -1000;                /* Debug */
#endif
#ifdef __STRICT_ANSI__
    yield 11;                   /* -std=c11 */
#else
    yield 99;
#endif
    for (int i = 0; i < FROM_OPTIONS; i++) {
        k += STEP;
        yield k;
    }
    return k;
}

void print_all(void);
void print_all(void)
{
    struct counter c = counter();
    while (yc_next(&c))
        printf("%d ", yc_value(&c));
    printf("| %d\n", yc_result(&c));
}

/* header-sub.test: uses the public generator of a.c through a.h. */
#include <stdio.h>
#include <yieldc.h>
#include "a.h"
int main(void)
{
    struct wrap w = wrap();
    while (yc_next(&w)) printf("[%d]", yc_value(&w));
    printf(" r=%d\n", yc_result(&w));
    return 0;
}

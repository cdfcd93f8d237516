#include <stdio.h>
#include "a.h"

int main(void)
{
    struct shapes g = shapes(4);
    while (yc_next(&g))
        printf("%d x %d\n", yc_value(&g).w, yc_value(&g).h);
    printf("result %d\n", yc_result(&g));
    return 0;
}

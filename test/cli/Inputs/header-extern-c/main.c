#include <stdio.h>
#include "lib.h"

int main(void)
{
    struct pts g = pts(2);
    while (yc_next(&g))
        printf("%d ", yc_value(&g).x);
    printf("\n");
    return 0;
}

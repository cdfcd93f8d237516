#include <stdio.h>
#include "a.h"
#include "b.h"
int main(void)
{
    struct gb g = gb(5);
    while (yc_next(&g))
        printf("%ld\n", yc_value(&g));
    return 0;
}

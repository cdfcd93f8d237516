/* A plain C file driving the generators through their headers. */
#include <stdio.h>
#include "pipeline.h"
#include "numbers.h"

int main(void)
{
    struct twice t = twice(5);
    while (yc_next(&t))
        printf("%d ", yc_value(&t));
    printf("| %d\n", yc_result(&t));
    return 0;
}

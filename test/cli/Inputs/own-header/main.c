#include <stdio.h>
#include "counter.h"
int main(void)
{
    struct upto u = upto(3);
    while (yc_next(&u)) printf("%d ", yc_value(&u));
    printf("| %d\n", yc_result(&u));
    return 0;
}

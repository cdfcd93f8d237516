#include <stdio.h>
#include "gen.h"

int drive_here(int n);

int main(void)
{
    struct upto u = upto(3);
    struct avg a = avg();
    while (yc_next(&u))
        printf("%d ", yc_value(&u));
    printf("| %d\n", yc_result(&u));
    yc_next(&a);
    yc_send(&a, 2.0);
    yc_send(&a, 4.0);
    printf("avg %g here %d\n", yc_value(&a), drive_here(4));
    yc_close(&a);
    return 0;
}

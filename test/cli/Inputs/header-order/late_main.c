#include <stdio.h>
#include "late.h"
int late_after(struct downto *d);
int main(void)
{
    struct downto d = downto(3);
    int a = late_after(&d);
    int b = yc_next(&d) ? yc_value(&d) : -1;
    printf("%d %d\n", a, b);
    return 0;
}

/* C89 as written: declarations first, no `for (int ...)` */
#include <yieldc.h>
#include <stdio.h>

generator(int) int count(int n)
{
    int i;
    for (i = 0; i < n; i++)
        yield i;
    return n;
}

int main(void)
{
    struct count g = count(3);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    return 0;
}

/* A small generator program, used by the command-line tests. */
#include <stdio.h>
#include <yieldc.h>

generator(int) int count(int n)
{
    for (int i = 0; i < n; i++)
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

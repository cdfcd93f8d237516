#include <stdio.h>
#include <yieldc.h>


static generator(int) int helper(int n)     /* main.c's own, of the same name */
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

#include "lib.h"     /* after its own generators */

int main(void)
{
    struct helper h = helper(300);
    int count = 0;
    while (yc_next(&h))
        count++;
    printf("count %d result %d\n", count, yc_result(&h));
    return 0;
}

#include <stdio.h>
#include <yieldc.h>
#include "coro.h"

generator(int) int upto(int n)
{
    CORO_EMIT_RANGE(0, n);
    return n;
}

generator(int) int both(const int *ready)
{
    CORO_WAIT(*ready);
    CORO_EMIT(100);
    int total = CORO_ALL(upto(3));
    return total;
}

generator(void) int pauses(int n)
{
    for (int i = 0; i < n; i++)
        CORO_PAUSE();
    return n;
}

int main(void)
{
    int ready = 1;
    struct both g = both(&ready);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("-> %d\n", yc_result(&g));
    struct pauses p = pauses(2);
    int steps = 0;
    while (yc_next(&p))
        steps++;
    printf("%d pauses -> %d\n", steps, yc_result(&p));
    return 0;
}

/* The program the gdb tests debug: its line numbers are in their commands. */
#include <stdio.h>
#include <yieldc.h>

generator(int) int inner(int base)
{
    yield base;                         /* line 7 */
    yield base + 1;                     /* line 8 */
    return base * 2;
}

generator(int) int outer(void)
{
    int got = yield from inner(10);     /* line 14 */
    yield got;
    return 0;
}

int main(void)
{
    struct outer o = outer();
    int n = 0;
    while (yc_next(&o))                 /* line 23 */
        n += yc_value(&o);
    printf("%d\n", n);
    return 0;
}

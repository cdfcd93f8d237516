/* The program the gdb tests debug: its line numbers are in their commands. */
#include <stdio.h>
#include <yieldc.h>

generator(int) int count(int n)
{
    int total = 0;
    for (int i = 0; i < n; i++) {
        total += i;
        yield i * 10;                   /* line 10 */
        total += 1;                     /* line 11 */
    }
    return total;                       /* line 13 */
}

int main(void)
{
    struct count c = count(3);
    int sum = 0;
    while (yc_next(&c))
        sum += yc_value(&c);            /* line 21 */
    printf("%d %d\n", sum, yc_result(&c));
    return 0;                           /* line 23 */
}

/* session-edge-cases.test: a generator file whose flags come from the
   compile_commands.json beside it (VALUE), with text that is not ASCII. */
#include <yieldc.h>
#include <stdio.h>

int helper(int x) { return x + VALUE; }

generator(int) int tally(int n)
{
    const char *s = "ééé"; int total = n;
    for (int i = 0; i < n; i++)
        yield helper(i) + (int)s[0] * 0 + total;
    return total;
}

int main(void)
{
    struct tally t = tally(2);
    while (yc_next(&t))
        printf("%d\n", yc_value(&t));
    return yc_result(&t);
}

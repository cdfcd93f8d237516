#include <yieldc.h>
static generator(char) int helper(void)
{
    yield 'n';
    return 1;
}
generator(int) int net_packets(void)
{
    struct helper h = helper();
    while (yc_next(&h))
        yield yc_value(&h);
    return yc_result(&h);
}

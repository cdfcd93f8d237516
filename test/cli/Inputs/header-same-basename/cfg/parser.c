#include <yieldc.h>
static generator(long long) int helper(long long a, long long b)
{
    yield a;
    yield b;
    return 2;
}
generator(long long) int cfg_keys(void)
{
    struct helper h = helper(111111111111LL, 222222222222LL);
    while (yc_next(&h))
        yield yc_value(&h);
    return yc_result(&h);
}
#include <stddef.h>
size_t cfg_keys_size(void);
size_t cfg_keys_size(void) { return sizeof(struct cfg_keys); }

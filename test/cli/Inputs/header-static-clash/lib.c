#include <yieldc.h>

static generator(int) int helper(unsigned char n)     /* lib.c's own */
{
    for (unsigned char i = 0; i < n; i++)
        yield i;
    return n;
}

generator(int) int chain(void)      /* public: its frame holds a struct helper */
{
    return yield from helper(2);
}

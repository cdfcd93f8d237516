#include <yieldc.h>
generator(int) int f(int n)
{
    if (n)
        goto out;
    yield 1;
    return 2;
out:
}

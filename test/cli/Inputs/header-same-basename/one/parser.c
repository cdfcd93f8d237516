#include <yieldc.h>
generator(int) int net_packets(int n)
{
    for (int i = 0; i < n; i++)
        yield 100 + i;
    return n;
}

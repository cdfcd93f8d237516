/* a generator defined in a header */
#include <yieldc.h>
static inline generator(int) int hgen(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

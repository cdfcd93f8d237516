#include <yieldc.h>
#include "counter.h"      /* its own generated header, as a C programmer writes */

generator(int) int upto(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

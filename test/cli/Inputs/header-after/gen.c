/* a generator file that includes its own header after its generators */
#include <stdio.h>
#include <yieldc.h>

static generator(int) int inner(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

generator(int) int upto(int n)
{
    int r = yield from inner(n);
    return r + 1;
}

generator(double, double) double avg(void)
{
    double sum = 0, x;
    int k = 0;
    while ((x = yield k ? sum / k : 0) >= 0) {
        sum += x;
        k++;
    }
    return sum;
}

#include "gen.h"

int drive_here(int n)
{
    struct upto u = upto(n);
    int s = 0;
    while (yc_next(&u))
        s += yc_value(&u);
    return s * 100 + yc_result(&u);
}

/* A generator using pipeline.c's through the header yieldc writes for it:
   its run must come after pipeline.c's. */
#include <yieldc.h>
#include "pipeline.h"

generator(int) int twice(int n)
{
    int a = yield from upto(n);
    int b = yield from upto(n);
    return a + b;
}

#include <yieldc.h>
generator(int) int f(void)
{
    yield
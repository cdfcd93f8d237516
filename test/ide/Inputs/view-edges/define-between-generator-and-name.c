#include <yieldc.h>
generator(int)
#define ONE yield 1
int f(void)
{
    ONE;
    return 0;
}

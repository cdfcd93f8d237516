#ifndef G_H
#define G_H
#include <yieldc.h>
generator(int) int f(void)
{
    yield 1;

#endif

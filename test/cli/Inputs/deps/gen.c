/* A generator file for depfile.test: its headers, one of them in a
   directory whose name make must see escaped. */
#include <stdio.h>
#include <yieldc.h>
#include "local.h"
#include "val.h"
#include "odd.h"

generator(int) int steps(void)
{
    for (int i = 0; i < LOCAL_LIMIT; i++)
        yield i * VAL + ODD;
    return 0;
}

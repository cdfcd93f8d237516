/* A generator whose lowering depends on a header (config.h) and on a
   definition of the target (LIMIT): both must reach yieldc's parse. */
#include <yieldc.h>
#include "config.h"
#ifndef LIMIT
#error "LIMIT: the target's compile definitions did not reach the parse"
#endif

generator(int) int upto(int n)
{
    int i;
    for (i = 0; i < n && i < LIMIT; i++) {
#if USE_SQUARES
        yield i * i;
#else
        yield i;
#endif
    }
    return i;
}

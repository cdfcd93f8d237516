#include <yieldc.h>
#include "stale.h"

generator(int) int g(void)
{
    EMIT(helper());
    return 0;
}

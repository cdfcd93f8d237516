#include <yieldc.h>
generator(const char *) int cfg_keys(void)
{
    yield "alpha";
    yield "beta";
    return 2;
}

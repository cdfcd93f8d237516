/* A static generator whose yc_close, handle and external functions this
   file never uses, beside a function of the user's own that is unused. */
#include <yieldc.h>

static int users_own_unused(void) { return 1; }

static generator(int) int twice(int n)
{
    yield n;
    yield n * 2;
    return 0;
}

int first_of_twice(int n);
int first_of_twice(int n)
{
    struct twice t = twice(n);
    return yc_next(&t) ? yc_value(&t) : -1;
}

/* A valid generator followed by a clang error, for test/cli/error-keeps-output.c. */
#include <yieldc.h>

generator(int) int fine(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

int late = undeclared_thing;

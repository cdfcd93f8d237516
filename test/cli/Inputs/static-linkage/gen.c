/* Generators of internal linkage that do not say `static` where they are
   defined: through a macro, and after a static prototype. */
#include <yieldc.h>

#define PRIVATE static
#define INTERNAL static __attribute__((unused))

PRIVATE generator(int) int through_macro(int n)
{
    yield n;
    return n + 1;
}

INTERNAL generator(int) void whole_macro(void)
{
    yield 7;
}

static generator(int) int declared_static(int n);

generator(int) int declared_static(int n)
{
    yield n * 2;
    return n * 3;
}

int USE(int n)
{
    struct through_macro a = through_macro(n);
    struct whole_macro w = whole_macro();
    struct declared_static d = declared_static(n);
    int sum = 0;
    while (yc_next(&a))
        sum += yc_value(&a);
    while (yc_next(&w))
        sum += yc_value(&w);
    while (yc_next(&d))
        sum += yc_value(&d);
    return sum + yc_result(&a) + yc_result(&d);
}

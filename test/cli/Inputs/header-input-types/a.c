// A public generator whose frame names only types from headers (and a
// pointer to a struct of this file's), and a static one that keeps types
// declared here: no public frame holds it (the public one holds a pointer
// to it), so its frame is not in the header, and other files compile.
#include <yieldc.h>
#include "shapes.h"

struct acc { long sum; };
enum step { ONE = 1, TWO };

static generator(long) void sums(int n)
{
    struct acc a = { 0 };
    enum step s = ONE;
    for (int i = 0; i < n; i++) {
        a.sum += i * (int)s;
        yield a.sum;
    }
}

static struct sums all;

generator(struct shape) int shapes(int n)
{
    struct acc *last = NULL;    // a pointer to a type of this file: fine
    struct acc first = { n };   // lives across no yield
    int h = (int)first.sum;
    all = sums(n);
    struct sums *s = &all;
    while (yc_next(s))
        yield (struct shape){ (int)yc_value(s), h };
    (void)last;
    return n;
}

// Public generators whose yield or result type is a static generator's
// frame: the header defines that frame too, before theirs.  (Other files
// hold such a frame; only this one resumes it: drain.)
#include <yieldc.h>

static generator(int) int inner(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

generator(int) struct inner make(int n)
{
    yield n;
    return inner(n);
}

generator(struct inner) void several(int k)
{
    for (int i = 1; i <= k; i++)
        yield inner(i);
}

int drain(struct inner *in);
int drain(struct inner *in)
{
    int n = 0;
    while (yc_next(in))
        n += yc_value(in);
    return n;
}

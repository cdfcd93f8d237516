// `yield from (f(x))`, the call in parentheses as a careful macro writes it
// (`#define DELEGATE(g) yield from (g)`), makes the sub-generator in place,
// as `yield from f(x)` does, recursion included.  It was taken for a
// pointer: "'yield from' needs a generator ... (member reference type
// 'struct sub' is not a pointer)".
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define DELEGATE(g) yield from (g)

static generator(int) int sub(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n * 10;
}

static generator(int) int rec(int n)
{
    if (n > 0) {
        yield n;
        return 1 + (yield from ((rec(n - 1))));
    }
    return 0;
}

static generator(int) int outer(void)
{
    int r = yield from (sub(2));
    r += DELEGATE(sub(1));
    struct sub s = sub(1);
    r += yield from (&s);
    r += yield from ((rec(2)));
    return r;
}

int main(void)
{
    struct outer o = outer();
    while (yc_next(&o))
        printf("%d ", yc_value(&o));
    printf("| %d\n", yc_result(&o));
    // CHECK: 0 1 0 0 2 1 | 42
    return 0;
}

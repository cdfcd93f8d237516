// yc_send with a value that does not convert to the send type (a struct sent to a generator(int, int)) is an error on the line of the call.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

struct point { int x, y; };

generator(int, int) int g(void)
{
    int v = yield 0;
    return v;
}

int main(void)
{
    struct g it = g();
    struct point p = { 1, 2 };
    yc_next(&it);
    // CHECK: expr-send-struct-into-int.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}struct point
    yc_send(&it, p);
    return 0;
}

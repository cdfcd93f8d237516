// yc_send on a generator declared without a send type is a compile error (from yieldc, or from the C compiler through yieldc.h) naming the problem and the line of the call.
// RUN: rm -f %t.c %t.o
// RUN: not sh -c '%yieldc %s -o %t.c && %gcc %cflags -c %t.c -o %t.o' 2>&1 | FileCheck %s
// RUN: not test -e %t.o
#include <yieldc.h>

generator(int) int g(void)
{
    yield 1;
    return 0;
}

int main(void)
{
    struct g it = g();
    // CHECK: api-send-without-send-type.c:[[@LINE+1]]:{{[0-9]+}}: error: {{.*}}send
    yc_send(&it, 5);
    return 0;
}

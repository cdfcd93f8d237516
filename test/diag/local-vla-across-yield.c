// A VLA whose lifetime spans a yield: error at the yield, note at the VLA's declaration.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(int n)
{
    int buf[n];
    buf[0] = n;
    // CHECK: local-vla-across-yield.c:[[@LINE+1]]:5: error: {{.*}}
    yield buf[0];
    return buf[0];
}
// The note comes after the error, pointing at `buf` in `int buf[n];`.
// CHECK: local-vla-across-yield.c:9:9: note: {{.*}}

// A yield in a later declarator of the VLA's own declaration: the VLA lives.
generator(int, int) int h(int n)
{
    int v[n], w = (yield 1);
    // CHECK: local-vla-across-yield.c:[[@LINE-1]]:20: error: 'yield' while 'v', a variable-length array
    v[0] = w;
    return v[0];
}

// A parameter written as an array of VLAs is a pointer to one (its frame
// field named `n` at file scope: the output did not compile).
generator(int) int p(int n, int m[][n])
{
    // CHECK: local-vla-across-yield.c:[[@LINE+1]]:5: error: 'yield' while 'm', a variable-length array (or a pointer to one), is alive
    yield m[0][0];
    return n;
}
// CHECK: local-vla-across-yield.c:[[@LINE-6]]:33: note: 'm' is declared here

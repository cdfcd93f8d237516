// Taking a label's address (&&label, for computed goto) in a generator is an error at the &&.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck --strict-whitespace %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(void)
{
    // CHECK: stmt-computed-goto-label-address.c:[[@LINE+3]]:15: error: {{.*}}goto
    // CHECK-NEXT: {{^}}    void *p = &&again;{{$}}
    // CHECK-NEXT: {{^}}              ^{{$}}
    void *p = &&again;
again:
    yield 1;
    return p != 0;
}

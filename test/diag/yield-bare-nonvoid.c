// A bare 'yield;' in a generator whose yield type is int is an error at the yield keyword.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck --strict-whitespace %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(int n)
{
    while (n--) {
        // CHECK: yield-bare-nonvoid.c:[[@LINE+3]]:9: error: {{.*}}yield{{.*}}
        // CHECK-NEXT: {{^}}        yield;{{$}}
        // CHECK-NEXT: {{^}}        ^{{$}}
        yield;
    }
    return 0;
}

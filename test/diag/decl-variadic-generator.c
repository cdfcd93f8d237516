// A variadic generator is an error at the '...'.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck --strict-whitespace %s
// RUN: not test -e %t.c
#include <yieldc.h>

// CHECK: decl-variadic-generator.c:[[@LINE+3]]:29: error: {{.*}}variadic
// CHECK-NEXT: {{^}}generator(int) int g(int n, ...){{$}}
// CHECK-NEXT: {{^}}                            ^{{$}}
generator(int) int g(int n, ...)
{
    yield n;
    return 0;
}

// clang's own error (an undeclared identifier in a generator) is reported as file:line:col: error with exit 1.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck --strict-whitespace %s
// RUN: sh -c '%yieldc %s -o %t.c 2>/dev/null; test $? -eq 1'
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(int n)
{
    // CHECK: clang-undeclared-identifier.c:[[@LINE+3]]:15: error: {{.*}}undeclared identifier 'nope'
    // CHECK-NEXT: {{^}}    yield n + nope;{{$}}
    // CHECK-NEXT: {{^}}              ^{{$}}
    yield n + nope;
    return 0;
}

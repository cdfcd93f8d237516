// When a file has both a clang error and a yieldc error, both are reported (the clang one is not dropped), exit 1.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

// CHECK-DAG: clang-and-yieldc-errors.c:[[@LINE+1]]:13: error: {{.*}}undeclared identifier 'undeclared_thing'
int early = undeclared_thing;

generator(int) int g(void)
{
    // CHECK-DAG: clang-and-yieldc-errors.c:[[@LINE+1]]:5: error: {{.*}}yield
    yield;
    return 0;
}

// Defining the same generator twice is an error at the second definition's name.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int g(void)
{
    yield 1;
    return 0;
}

// CHECK: decl-generator-redefinition.c:[[@LINE+1]]:20: error: {{.*}}redefinition{{.*}}g
generator(int) int g(void)
{
    yield 2;
    return 0;
}
// CHECK: decl-generator-redefinition.c:7:20: note: {{.*}}

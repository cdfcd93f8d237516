// A generator declared (prototype) but never defined in the file is an error at its declaration.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

// CHECK: decl-generator-declared-not-defined.c:[[@LINE+1]]:20: error: {{.*(defined|definition)}}
generator(int) int count(int n);

int main(void)
{
    struct count c = count(3);
    while (yc_next(&c))
        ;
    return 0;
}

// 'generator()' with no yield type is an error at the generator keyword (or just inside its parentheses).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

// CHECK: decl-generator-no-type.c:[[@LINE+1]]:{{1|11}}: error: {{.*}}type
generator() int g(void)
{
    yield 1;
    return 0;
}

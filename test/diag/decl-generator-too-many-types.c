// 'generator(Y, S, X)' with more than two types is an error at the generator keyword or the extra type.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

// CHECK: decl-generator-too-many-types.c:[[@LINE+1]]:{{1|21}}: error: {{.*(yield type|send type|more|too many)}}
generator(int, int, int) int g(void)
{
    yield 1;
    return 0;
}

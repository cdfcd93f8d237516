// --explain and --graph on input clang refuses: clang's diagnostic, as a normal run gives it,
// exit status 1.
// RUN: not %yieldc %s -o %t.c 2> %t.normal
// RUN: not %yieldc --explain %s 2> %t.explain
// RUN: not %yieldc --graph %s 2> %t.graph
// RUN: diff %t.normal %t.explain
// RUN: diff %t.normal %t.graph
// RUN: FileCheck %s < %t.explain
#include <yieldc.h>

generator(int) int g(void)
{
    // CHECK: explain-clang-error.c:[[@LINE+1]]:11: error: use of undeclared identifier 'nope'
    yield nope;
    return 0;
}

// Clang's notes come with its errors, at the input's lines: "previous definition is here", "expanded from macro", in a header too.
// RUN: not %yieldc %s -- -I%S/Inputs 2>&1 | FileCheck %s
#include <yieldc.h>
#include "notes-macro.h"
#define PLUS_MISSING(x) ((x) + missing_thing)
#define WRAP(x) PLUS_MISSING(x)

int f(void) { return 1; }
// CHECK: clang-notes.c:[[@LINE+2]]:5: error: redefinition of 'f'
// CHECK: clang-notes.c:[[@LINE-2]]:5: note: previous definition is here
int f(void) { return 2; }

generator(int) int g(void)
{
    // CHECK: clang-notes.c:[[@LINE+3]]:11: error: use of undeclared identifier 'missing_thing'
    // CHECK: clang-notes.c:6:17: note: expanded from macro 'WRAP'
    // CHECK: clang-notes.c:5:32: note: expanded from macro 'PLUS_MISSING'
    yield WRAP(1);
    // CHECK: clang-notes.c:[[@LINE+2]]:11: error: use of undeclared identifier 'not_there'
    // CHECK: notes-macro.h:2:31: note: expanded from macro 'FROM_HEADER'
    yield FROM_HEADER(2);
    return 0;
}

// An unterminated '#if 0' is reported (its error lies in the branch clang skips), and no output is written.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
int x;
// CHECK: clang-pp-error-unterminated-if.c:[[@LINE+1]]:2: error: unterminated conditional directive
#if 0
int y;

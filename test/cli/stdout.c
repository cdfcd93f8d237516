// '-o -' writes the output to standard output, the same as with no -o at all, and creates no file named '-'.
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: cd %t.dir && %yieldc %s -o - > %t.dash.c
// RUN: not test -e %t.dir/-
// RUN: cd %t.dir && %yieldc %s > %t.none.c
// RUN: %yieldc %s -o %t.file.c
// RUN: cmp %t.dash.c %t.none.c
// RUN: %same-output %t.dash.c %t.file.c
// RUN: FileCheck %s --check-prefix=NAME < %t.dash.c
// NAME: #line {{[0-9]+}} "<stdout>"
// RUN: %nochecks < %t.dash.c | FileCheck %s
#include <yieldc.h>

generator(int) int count(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}
// CHECK: struct count {
// CHECK: struct count count(int n)

// --explain, --explain=json and --graph on bad input: the same diagnostics as a normal run (here
// the tool's own error and note), exit status 1, and no report written.
// RUN: rm -f %t.txt %t.json %t.dot
// RUN: not %yieldc %s -o %t.c 2> %t.normal
// RUN: not %yieldc --explain %s -o %t.txt 2> %t.explain
// RUN: not %yieldc --explain=json %s -o %t.json 2> %t.explain-json
// RUN: not %yieldc --graph %s -o %t.dot 2> %t.graph
// RUN: diff %t.normal %t.explain
// RUN: diff %t.normal %t.explain-json
// RUN: diff %t.normal %t.graph
// RUN: FileCheck %s < %t.explain
// RUN: not test -e %t.txt
// RUN: not test -e %t.json
// RUN: not test -e %t.dot
// RUN: sh -c '%yieldc --explain %s > /dev/null 2>&1; test $? -eq 1'
// RUN: sh -c '%yieldc --graph %s > /dev/null 2>&1; test $? -eq 1'
#include <yieldc.h>

generator(int) int g(int n)
{
    int buf[n];
    buf[0] = n;
    // CHECK: explain-bad-input.c:[[@LINE+1]]:5: error: {{.*}}
    yield buf[0];
    return buf[0];
}
// CHECK: explain-bad-input.c:21:9: note: {{.*}}

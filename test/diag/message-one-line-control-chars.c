// A message that quotes INPUT's text stays on one line: a type spelled
// over two lines, with a control character (0x1C) in it, as the fuzzer
// wrote it.  The line break shows as a space, the control
// character as clang shows it in a source line.
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(
void) void task(void)
{
    yield;
}
// CHECK: {{.*}}message-one-line-control-chars.c:12:5: error: 'yield' needs a value: generator 'task' yields '<U+001C> void'{{$}}
// CHECK-NEXT: {{^}}    yield;
// CHECK-NEXT: {{^}}    ^

// A local too big to copy around each yield (over 32 bytes) lives in the frame, unless a
// macro's argument names it: `assert` prints its argument as written, so the uses there
// must stay `s.x`, not `yc_f->s.x`. A macro invoked inside that argument (`ONE`) before the
// use, with another invocation after it, once made the search for the enclosing invocation
// miss (it assumed invocations never nest), and the argument was rewritten.
// RUN: %yieldc %s -o %t.c
// RUN: FileCheck --check-prefix=OUT %s < %t.c
// OUT: assert(ONE && s.x == 1 && "s survives a yield");
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: 3
// CHECK-NEXT: 2
// CHECK-NEXT: result 1
#include <yieldc.h>
#include <assert.h>
#include <stdio.h>

struct big { int x; int pad[10]; };
#define ONE 1
#define TWO 2

generator(int) int g(int n)
{
    struct big s = { 1, { 0 } };
    yield n;
    assert(ONE && s.x == 1 && "s survives a yield");
    yield TWO;
    return s.x + s.pad[9];
}

int main(void)
{
    struct g it = g(3);
    while (yc_next(&it))
        printf("%d\n", yc_value(&it));
    printf("result %d\n", yc_result(&it));
    return 0;
}

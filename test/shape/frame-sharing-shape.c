// Which locals share storage: those never kept over the same yield, in an
// anonymous union (their field names stay as they were).  Not parameters
// (loaded on every entry), not locals kept over the same yield, not a
// _Bool (even through a typedef), whose declaration without initializer
// reads its field.
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s
#include <yieldc.h>

generator(int) int overlap(int p)
{
    int a = 10, c = 30;
    yield a;
    a += 1;
    yield a + c;
    int b = a * 2;
    yield b;
    return b + c + p;
}

// CHECK-LABEL: struct overlap {
// CHECK-NEXT: unsigned char yc_state;
// CHECK-NEXT: YC__RETURN_IN_MEMORY
// CHECK-NEXT: int yc_value;
// CHECK-NEXT: int yc_result;
// CHECK-NEXT: int p;  /* parameter 'p', line {{[0-9]+}} */
// CHECK-NEXT: union {  /* locals never kept over the same yield: they share storage */
// CHECK-NEXT: int a;  /* local 'a', line {{[0-9]+}} */
// CHECK-NEXT: int b;  /* local 'b', line {{[0-9]+}} */
// CHECK-NEXT: };
// CHECK-NEXT: int c;  /* local 'c', line {{[0-9]+}} */
// CHECK-NEXT: };

typedef _Bool flag;

generator(int) int with_flag(void)
{
    int x = 7;
    yield 1;
    x++;
    flag fl;
    fl = x > 3;
    yield 2;
    return fl;
}

// CHECK-LABEL: struct with_flag {
// CHECK-NOT: union
// CHECK: int x;
// CHECK-NEXT: flag fl;
// CHECK-NEXT: };

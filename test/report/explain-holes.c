// --explain: holes between fields and the padding after the last, as the compiler lays them
// out (fields in plan's order: parameters and locals in declaration order).
// RUN: %yieldc --explain %s | FileCheck %s
#include <yieldc.h>

generator(char) char holes(char a)
{
    double d = a;
    char c = 'x';
    long long l = 3;
    short s = 4;
    yield c;
    return (char)(a + d + c + l + s);
}

// CHECK-LABEL: /* {{.*}}explain-holes.c:6: generator holes: yields char, returns char */
// CHECK-NEXT: struct holes {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-NEXT: char yc_value; /* 3 1 */ /* the last value yielded */
// CHECK-NEXT: char yc_result; /* 4 1 */ /* the value returned */
// CHECK-NEXT: char a; /* 5 1 */ /* parameter 'a', line 6 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 2 bytes hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: double d; /* 8 8 */ /* local 'd', line 8 (copied) */
// CHECK-NEXT: char c; /* 16 1 */ /* local 'c', line 9 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 7 bytes hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: long long l; /* 24 8 */ /* local 'l', line 10 (copied) */
// CHECK-NEXT: short s; /* 32 2 */ /* local 's', line 11 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 40, cachelines: 1, members: 9 */
// CHECK-NEXT: /* sum members: 25, holes: 2, sum holes: 9 */
// CHECK-NEXT: /* padding: 6 */
// CHECK-NEXT: /* last cacheline: 40 bytes */
// CHECK-NEXT: }; /* sizeof(struct holes) == 40, _Alignof == 8 */
// CHECK-EMPTY:
// CHECK-NEXT: /* holes: 1 resume point: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 12:5 yield c a, d, c, l, s

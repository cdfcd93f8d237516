// --explain: locals never kept across the same yield share storage, in a union.
// RUN: %yieldc --explain %s | FileCheck %s
#include <yieldc.h>

generator(int) int phases(void)
{
    {
        double a = 1.5;
        yield 1;
        yield (int)a;
    }
    {
        int b = 2, c = 3;
        yield b;
        yield c + b;
    }
    return 0;
}

// CHECK-LABEL: /* {{.*}}explain-shared-locals.c:5: generator phases: yields int, returns int */
// CHECK-NEXT: struct phases {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1..4 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_value; /* 4 4 */ /* the last value yielded */
// CHECK-NEXT: int yc_result; /* 8 4 */ /* the value returned */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 4 bytes hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: union { /* shared storage: locals never kept across the same yield */
// CHECK-NEXT: double a; /* 16 8 */ /* local 'a', line 8 (copied) */
// CHECK-NEXT: int b; /* 16 4 */ /* local 'b', line 13 (copied) */
// CHECK-NEXT: }; /* 16 8 */
// CHECK-NEXT: int c; /* 24 4 */ /* local 'c', line 13 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 32, cachelines: 1, members: 6 */
// CHECK-NEXT: /* sum members: 23, holes: 2, sum holes: 5 */
// CHECK-NEXT: /* padding: 4 */
// CHECK-NEXT: /* last cacheline: 32 bytes */
// CHECK-NEXT: }; /* sizeof(struct phases) == 32, _Alignof == 8 */
// CHECK-EMPTY:
// CHECK-NEXT: /* phases: 4 resume points: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 9:9 yield 1 a
// CHECK-NEXT: 2 10:9 yield (int)a -
// CHECK-NEXT: 3 14:9 yield b b, c
// CHECK-NEXT: 4 15:9 yield c + b -

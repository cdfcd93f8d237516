// --explain: a send type: the yc_sent field, and the value sent to a yield kept in a
// temporary when another suspension comes before its use.
// RUN: %yieldc --explain %s | FileCheck %s
#include <yieldc.h>

generator(long, short) long adder(void)
{
    long sum = 0;
    short got;
    while ((got = yield sum) != 0)
        sum += got;
    return sum + (yield 1) * (yield 2);
}

// CHECK-LABEL: /* {{.*}}explain-send.c:6: generator adder: yields long, sent short, returns long */
// CHECK-NEXT: struct adder {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1..3 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 5 bytes hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: long yc_value; /* 8 8 */ /* the last value yielded */
// CHECK-NEXT: long yc_result; /* 16 8 */ /* the value returned */
// CHECK-NEXT: short yc_sent; /* 24 2 */ /* the value sent by yc_send */
// CHECK-NEXT: short yc_sent_2; /* 26 2 */ /* the value sent to 'yield 1', line 12 (state 2), kept over a suspension */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 4 bytes hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: long sum; /* 32 8 */ /* local 'sum', line 8 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 40, cachelines: 1, members: 7 */
// CHECK-NEXT: /* sum members: 31, holes: 2, sum holes: 9 */
// CHECK-NEXT: /* last cacheline: 40 bytes */
// CHECK-NEXT: }; /* sizeof(struct adder) == 40, _Alignof == 8 */
// CHECK-EMPTY:
// CHECK-NEXT: /* adder: 3 resume points: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 10:19 yield sum sum
// CHECK-NEXT: 2 12:19 yield 1 sum
// CHECK-NEXT: 3 12:31 yield 2 sum
// (`got`, assigned the sent value by `got = yield sum`, is not kept across
// that yield: nothing reads it before the resumption writes it.)

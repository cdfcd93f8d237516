// --explain: a generator whose frame holds another's: a generator object kept across yields as
// a local, and a sub-generator made in place by `yield from` (its frame embedded).
// RUN: %yieldc --explain %s | FileCheck %s
#include <yieldc.h>

generator(int) int inner(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

generator(int) int holder(void)
{
    struct inner it = inner(3);
    while (yc_next(&it))
        yield yc_value(&it) * 10;
    return yield from inner(2);
}

// CHECK-LABEL: /* {{.*}}explain-frame-holds-frame.c:6: generator inner: yields int, returns int */
// CHECK-NEXT: struct inner {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_value; /* 4 4 */ /* the last value yielded */
// CHECK-NEXT: int yc_result; /* 8 4 */ /* the value returned */
// CHECK-NEXT: int n; /* 12 4 */ /* parameter 'n', line 6 (copied) */
// CHECK-NEXT: int i; /* 16 4 */ /* local 'i', line 8 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 20, cachelines: 1, members: 6 */
// CHECK-NEXT: /* sum members: 19, holes: 1, sum holes: 1 */
// CHECK-NEXT: /* last cacheline: 20 bytes */
// CHECK-NEXT: }; /* sizeof(struct inner) == 20, _Alignof == 4 */
// CHECK-EMPTY:
// CHECK-NEXT: /* inner: 1 resume point: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 9:9 yield i n, i; runs its loop's 'i++' before suspending
// CHECK-NEXT: (the first yc_next goes to state 1's resumption: the constructor sets what its loop's first clause would)
// CHECK-EMPTY:
// CHECK-LABEL: /* {{.*}}explain-frame-holds-frame.c:13: generator holder: yields int, returns int */
// CHECK-NEXT: struct holder {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1..2 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_value; /* 4 4 */ /* the last value yielded */
// CHECK-NEXT: int yc_result; /* 8 4 */ /* the value returned */
// CHECK-NEXT: union { /* shared storage: sub-generators of 'yield from', one alive at a time */
// CHECK-NEXT: struct inner yc_sub_2; /* 12 20 */ /* the sub-generator of 'yield from inner(2)', line 18 (state 2): its frame */
// CHECK-NEXT: }; /* 12 20 */
// CHECK-NEXT: struct inner it; /* 32 20 */ /* local 'it', line 15 (in the frame) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 52, cachelines: 1, members: 6 */
// CHECK-NEXT: /* sum members: 51, holes: 1, sum holes: 1 */
// CHECK-NEXT: /* last cacheline: 52 bytes */
// CHECK-NEXT: }; /* sizeof(struct holder) == 52, _Alignof == 4 */
// CHECK-EMPTY:
// CHECK-NEXT: /* holder: 2 resume points: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 17:9 yield yc_value(&it) * 10 it (in the frame)
// CHECK-NEXT: 2 18:12 yield from inner(2) it (in the frame); sub-generator yc_sub_2: embedded

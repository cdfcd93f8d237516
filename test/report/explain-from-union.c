// --explain: sub-generators of `yield from` made in place share one union (one alive at a
// time), as large as the largest; a sub given by pointer and a recursive one are pointers.
// RUN: %yieldc --explain %s | FileCheck %s
#include <yieldc.h>

generator(int) int small(void)
{
    yield 1;
    return 1;
}

generator(int) int big(int a, int b)
{
    long long acc[4] = { a, b };
    yield (int)acc[0];
    yield (int)acc[1];
    return (int)(acc[0] + acc[1]);
}

generator(int) int countdown(int n)
{
    if (n > 0) {
        yield n;
        yield from countdown(n - 1);
    }
    return 0;
}

generator(int) int outer(struct small *given)
{
    int x = yield from small();
    int y = yield from big(1, 2);
    yield from given;
    yield from countdown(3);
    return x + y;
}

// CHECK-LABEL: /* {{.*}}explain-from-union.c:6: generator small: yields int, returns int */
// CHECK-NEXT: struct small {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_value; /* 4 4 */ /* the last value yielded */
// CHECK-NEXT: int yc_result; /* 8 4 */ /* the value returned */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 12, cachelines: 1, members: 4 */
// CHECK-NEXT: /* sum members: 11, holes: 1, sum holes: 1 */
// CHECK-NEXT: /* last cacheline: 12 bytes */
// CHECK-NEXT: }; /* sizeof(struct small) == 12, _Alignof == 4 */
// CHECK-EMPTY:
// CHECK-NEXT: /* small: 1 resume point: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 8:5 yield 1 -
// CHECK-EMPTY:
// CHECK-LABEL: /* {{.*}}explain-from-union.c:12: generator big: yields int, returns int */
// CHECK-NEXT: struct big {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1..2 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_value; /* 4 4 */ /* the last value yielded */
// CHECK-NEXT: int yc_result; /* 8 4 */ /* the value returned */
// CHECK-NEXT: int a; /* 12 4 */ /* parameter 'a', line 12 (copied) */
// CHECK-NEXT: int b; /* 16 4 */ /* parameter 'b', line 12 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 4 bytes hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: long long acc[4]; /* 24 32 */ /* local 'acc', line 14 (in the frame) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 56, cachelines: 1, members: 7 */
// CHECK-NEXT: /* sum members: 51, holes: 2, sum holes: 5 */
// CHECK-NEXT: /* last cacheline: 56 bytes */
// CHECK-NEXT: }; /* sizeof(struct big) == 56, _Alignof == 8 */
// CHECK-EMPTY:
// CHECK-NEXT: /* big: 2 resume points: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 15:5 yield (int)acc[0] a, b, acc (in the frame)
// CHECK-NEXT: 2 16:5 yield (int)acc[1] a, b, acc (in the frame)
// CHECK-EMPTY:
// CHECK-LABEL: /* {{.*}}explain-from-union.c:20: generator countdown: yields int, returns int */
// CHECK-NEXT: struct countdown {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1..2 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_value; /* 4 4 */ /* the last value yielded */
// CHECK-NEXT: int yc_result; /* 8 4 */ /* the value returned */
// CHECK-NEXT: int yc_result_2; /* 12 4 */ /* the result of 'yield from countdown(n - 1)', line 24 (state 2), kept over a suspension */
// CHECK-NEXT: struct countdown * yc_top; /* 16 8 */ /* yield from itself: the root's, the innermost frame, where the next resume goes; as a frame delegates, its sub */
// CHECK-NEXT: struct countdown * yc_parent; /* 24 8 */ /* yield from itself: a sub's, the frame that delegates to it, resumed when it ends */
// CHECK-NEXT: union { /* shared storage: sub-generators of 'yield from', one alive at a time */
// CHECK-NEXT: struct countdown * yc_sub_2; /* 32 8 */ /* the sub-generator of 'yield from countdown(n - 1)', line 24 (state 2): its frame from YC_ALLOC (recursive) once it suspends; it starts in the step's spare */
// CHECK-NEXT: }; /* 32 8 */
// CHECK-NEXT: int n; /* 40 4 */ /* parameter 'n', line 20 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 48, cachelines: 1, members: 9 */
// CHECK-NEXT: /* sum members: 43, holes: 1, sum holes: 1 */
// CHECK-NEXT: /* padding: 4 */
// CHECK-NEXT: /* last cacheline: 48 bytes */
// CHECK-NEXT: }; /* sizeof(struct countdown) == 48, _Alignof == 8 */
// CHECK-EMPTY:
// CHECK-NEXT: /* countdown: 2 resume points: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 23:9 yield n n
// CHECK-NEXT: 2 24:9 yield from countdown(n - 1) n; sub-generator yc_sub_2: allocated
// CHECK-EMPTY:
// CHECK-LABEL: /* {{.*}}explain-from-union.c:29: generator outer: yields int, returns int */
// CHECK-NEXT: struct outer {
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
// CHECK-NEXT: union { /* shared storage: sub-generators of 'yield from', one alive at a time */
// CHECK-NEXT: struct small yc_sub_1; /* 16 12 */ /* the sub-generator of 'yield from small()', line 31 (state 1): its frame */
// CHECK-NEXT: struct big yc_sub_2; /* 16 56 */ /* the sub-generator of 'yield from big(1, 2)', line 32 (state 2): its frame */
// CHECK-NEXT: struct countdown yc_sub_4; /* 16 48 */ /* the sub-generator of 'yield from countdown(3)', line 34 (state 4): its frame */
// CHECK-NEXT: }; /* 16 56 */
// CHECK-NEXT: /* --- cacheline 1 boundary (64 bytes) was 8 bytes ago --- */
// CHECK-NEXT: struct small * yc_sub_3; /* 72 8 */ /* the generator delegated to by 'yield from given', line 33 (state 3) */
// CHECK-NEXT: struct small * given; /* 80 8 */ /* parameter 'given', line 29 (copied) */
// CHECK-NEXT: int x; /* 88 4 */ /* local 'x', line 31 (copied) */
// CHECK-NEXT: int y; /* 92 4 */ /* local 'y', line 32 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 96, cachelines: 2, members: 9 */
// CHECK-NEXT: /* sum members: 91, holes: 2, sum holes: 5 */
// CHECK-NEXT: /* last cacheline: 32 bytes */
// CHECK-NEXT: }; /* sizeof(struct outer) == 96, _Alignof == 8 */
// CHECK-EMPTY:
// CHECK-NEXT: /* outer: 4 resume points: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 31:13 yield from small() given; sub-generator yc_sub_1: embedded
// CHECK-NEXT: 2 32:13 yield from big(1, 2) given, x; sub-generator yc_sub_2: embedded
// CHECK-NEXT: 3 33:5 yield from given given, x, y; sub-generator yc_sub_3: given
// CHECK-NEXT: 4 34:5 yield from countdown(3) given, x, y; sub-generator yc_sub_4: embedded

// --explain: arrays in the frame: sizes are the whole array's, the type prints as C declares it.
// RUN: %yieldc --explain %s | FileCheck %s
// RUN: %yieldc --explain %s | FileCheck --check-prefix=HEADER %s
// HEADER: /* yieldc --explain {{.*}}explain-arrays.c: the frames as laid out for {{[a-z0-9_]+-.*}}.
// HEADER-NEXT: copied: a variable copied in and out of its field around the yields it is live
// HEADER-NEXT: across; in the frame: one that lives in its field, its uses rewritten. */
#include <yieldc.h>

struct rec { char name[5]; int scores[3]; };

generator(int) int arrays(int n)
{
    int squares[10];
    char word[7] = "abcdef";
    double matrix[2][3] = { { 0 } };
    struct rec recs[2] = { { "ab", { 1, 2, 3 } } };
    for (int i = 0; i < 10; i++)
        squares[i] = i * i;
    for (int i = 0; i < n && i < 10; i++)
        yield squares[i] + word[i % 6] + (int)matrix[1][2] + recs[1].scores[0];
    return word[0];
}


// CHECK-LABEL: /* {{.*}}explain-arrays.c:11: generator arrays: yields int, returns int */
// CHECK-NEXT: struct arrays {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_value; /* 4 4 */ /* the last value yielded */
// CHECK-NEXT: int yc_result; /* 8 4 */ /* the value returned */
// CHECK-NEXT: int n; /* 12 4 */ /* parameter 'n', line 11 (copied) */
// CHECK-NEXT: int squares[10]; /* 16 40 */ /* local 'squares', line 13 (in the frame) */
// CHECK-NEXT: char word[7]; /* 56 7 */ /* local 'word', line 14 (in the frame) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: /* --- cacheline 1 boundary (64 bytes) --- */
// CHECK-NEXT: double matrix[2][3]; /* 64 48 */ /* local 'matrix', line 15 (in the frame) */
// CHECK-NEXT: struct rec recs[2]; /* 112 40 */ /* local 'recs', line 16 (in the frame) */
// CHECK-NEXT: /* --- cacheline 2 boundary (128 bytes) was 24 bytes ago --- */
// CHECK-NEXT: int i; /* 152 4 */ /* local 'i', line 19 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 160, cachelines: 3, members: 10 */
// CHECK-NEXT: /* sum members: 154, holes: 2, sum holes: 2 */
// CHECK-NEXT: /* padding: 4 */
// CHECK-NEXT: /* last cacheline: 32 bytes */
// CHECK-NEXT: }; /* sizeof(struct arrays) == 160, _Alignof == 8 */
// CHECK-EMPTY:
// CHECK-NEXT: /* arrays: 1 resume point: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 20:9 yield squares[i] + word[i % 6] + (int)matrix[1... n, squares (in the frame), word (in the frame), matrix (in the frame), recs (in the frame), i

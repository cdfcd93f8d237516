// --explain: the tool's own fields: temporaries for `&&`, `||`, `?:` over a suspension, and a
// compound literal whose address is used after a yield.
// RUN: %yieldc --explain %s | FileCheck %s
#include <yieldc.h>

struct pair { int a, b; };

generator(int, int) int temps(int x)
{
    int both = (yield 1) && (yield 2);
    int either = (yield 3) || (yield 4);
    int pick = x ? (yield 5) : (yield 6);
    struct pair *p = &(struct pair){ x, x + 1 };
    yield p->a;
    return both + either + pick + p->b;
}

// CHECK-LABEL: /* {{.*}}explain-temporaries.c:8: generator temps: yields int, sent int, returns int */
// CHECK-NEXT: struct temps {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1..7 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_value; /* 4 4 */ /* the last value yielded */
// CHECK-NEXT: int yc_result; /* 8 4 */ /* the value returned */
// CHECK-NEXT: int yc_sent; /* 12 4 */ /* the value sent by yc_send */
// CHECK-NEXT: int yc_t1; /* 16 4 */ /* the value of a '&&', line 10, kept over a suspension */
// CHECK-NEXT: int yc_t2; /* 20 4 */ /* the value of a '||', line 11, kept over a suspension */
// CHECK-NEXT: int yc_t3; /* 24 4 */ /* the value of a '?:', line 12, kept over a suspension */
// CHECK-NEXT: struct pair yc_literal_1; /* 28 8 */ /* the compound literal '(struct pair){ x, x + 1 }', line 13: its address is used after a yield */
// CHECK-NEXT: int x; /* 36 4 */ /* parameter 'x', line 8 (copied) */
// CHECK-NEXT: int both; /* 40 4 */ /* local 'both', line 10 (copied) */
// CHECK-NEXT: int either; /* 44 4 */ /* local 'either', line 11 (copied) */
// CHECK-NEXT: int pick; /* 48 4 */ /* local 'pick', line 12 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 4 bytes hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: struct pair * p; /* 56 8 */ /* local 'p', line 13 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 64, cachelines: 1, members: 14 */
// CHECK-NEXT: /* sum members: 59, holes: 2, sum holes: 5 */
// CHECK-NEXT: }; /* sizeof(struct temps) == 64, _Alignof == 8 */
// CHECK-EMPTY:
// CHECK-NEXT: /* temps: 7 resume points: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 10:17 yield 1 x
// CHECK-NEXT: 2 10:30 yield 2 x
// CHECK-NEXT: 3 11:19 yield 3 x, both
// CHECK-NEXT: 4 11:32 yield 4 x, both
// CHECK-NEXT: 5 12:21 yield 5 x, both, either
// CHECK-NEXT: 6 12:33 yield 6 x, both, either
// CHECK-NEXT: 7 14:5 yield p->a x, both, either, pick, p

// --explain: a void generator (bare yields, no value field), a void result (no result field),
// and one without a yield (no resume points).
// RUN: %yieldc --explain %s | FileCheck %s
#include <yieldc.h>

generator(void) void task(int steps)
{
    for (int i = 0; i < steps; i++)
        yield;
}

generator(void) int no_yield(void)
{
    return 42;
}

// CHECK-LABEL: /* {{.*}}explain-void.c:6: generator task: yields void, returns void */
// CHECK-NEXT: struct task {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int steps; /* 4 4 */ /* parameter 'steps', line 6 (copied) */
// CHECK-NEXT: int i; /* 8 4 */ /* local 'i', line 8 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 12, cachelines: 1, members: 4 */
// CHECK-NEXT: /* sum members: 11, holes: 1, sum holes: 1 */
// CHECK-NEXT: /* last cacheline: 12 bytes */
// CHECK-NEXT: }; /* sizeof(struct task) == 12, _Alignof == 4 */
// CHECK-EMPTY:
// CHECK-NEXT: /* task: 1 resume point: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 9:9 yield steps, i; runs its loop's 'i++' before suspending
// CHECK-NEXT: (the first yc_next goes to state 1's resumption: the constructor sets what its loop's first clause would)
// CHECK-EMPTY:
// CHECK-LABEL: /* {{.*}}explain-void.c:12: generator no_yield: yields void, returns int */
// CHECK-NEXT: struct no_yield {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_result; /* 4 4 */ /* the value returned */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 8, cachelines: 1, members: 3 */
// CHECK-NEXT: /* sum members: 7, holes: 1, sum holes: 1 */
// CHECK-NEXT: /* last cacheline: 8 bytes */
// CHECK-NEXT: }; /* sizeof(struct no_yield) == 8, _Alignof == 4 */
// CHECK-EMPTY:
// CHECK-NEXT: /* no_yield: no resume points (its first yc_next runs it to the end) */

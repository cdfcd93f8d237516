// --explain lays the frame out with the user's flags, as the compiler will: a -D that changes
// a type, and -fpack-struct, which leaves no holes.
// RUN: %yieldc --explain %s | FileCheck --check-prefix=PLAIN %s
// RUN: %yieldc --explain %s -- -DWIDE | FileCheck --check-prefix=WIDE %s
// RUN: %yieldc --explain %s -- -fpack-struct=1 | FileCheck --check-prefix=PACKED %s
#include <yieldc.h>

#ifdef WIDE
typedef long long count_t;
#else
typedef short count_t;
#endif

generator(char) int counter(void)
{
    char c = 'a';
    count_t n = 0;
    for (;;) {
        yield c;
        c++;
        n++;
    }
}

// PLAIN-LABEL: struct counter {
// PLAIN-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1 suspended there, 254 running, 255 done */
// PLAIN-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// PLAIN-NEXT: char yc_value; /* 3 1 */ /* the last value yielded */
// PLAIN-NEXT: int yc_result; /* 4 4 */ /* the value returned */
// PLAIN-NEXT: char c; /* 8 1 */ /* local 'c', line 16 (copied) */
// PLAIN-EMPTY:
// PLAIN-NEXT: /* XXX 1 byte hole, try to pack */
// PLAIN-EMPTY:
// PLAIN-NEXT: count_t n; /* 10 2 */ /* local 'n', line 17 (copied) */
// PLAIN-EMPTY:
// PLAIN-NEXT: /* size: 12, cachelines: 1, members: 6 */
// PLAIN-NEXT: /* sum members: 11, holes: 1, sum holes: 1 */
// PLAIN-NEXT: /* last cacheline: 12 bytes */
// PLAIN-NEXT: }; /* sizeof(struct counter) == 12, _Alignof == 4 */

// WIDE-LABEL: struct counter {
// WIDE-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1 suspended there, 254 running, 255 done */
// WIDE-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// WIDE-NEXT: char yc_value; /* 3 1 */ /* the last value yielded */
// WIDE-NEXT: int yc_result; /* 4 4 */ /* the value returned */
// WIDE-NEXT: char c; /* 8 1 */ /* local 'c', line 16 (copied) */
// WIDE-EMPTY:
// WIDE-NEXT: /* XXX 7 bytes hole, try to pack */
// WIDE-EMPTY:
// WIDE-NEXT: count_t n; /* 16 8 */ /* local 'n', line 17 (copied) */
// WIDE-EMPTY:
// WIDE-NEXT: /* size: 24, cachelines: 1, members: 6 */
// WIDE-NEXT: /* sum members: 17, holes: 1, sum holes: 7 */
// WIDE-NEXT: /* last cacheline: 24 bytes */
// WIDE-NEXT: }; /* sizeof(struct counter) == 24, _Alignof == 8 */

// PACKED-LABEL: struct counter {
// PACKED-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1 suspended there, 254 running, 255 done */
// PACKED-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// PACKED-NEXT: char yc_value; /* 3 1 */ /* the last value yielded */
// PACKED-NEXT: int yc_result; /* 4 4 */ /* the value returned */
// PACKED-NEXT: char c; /* 8 1 */ /* local 'c', line 16 (copied) */
// PACKED-NEXT: count_t n; /* 9 2 */ /* local 'n', line 17 (copied) */
// PACKED-EMPTY:
// PACKED-NEXT: /* size: 11, cachelines: 1, members: 6 */
// PACKED-NEXT: /* last cacheline: 11 bytes */
// PACKED-NEXT: }; /* sizeof(struct counter) == 11, _Alignof == 1 */

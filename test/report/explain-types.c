// --explain: types as C declares them (arrays, pointers to arrays, function pointers, typedefs,
// _Bool), _Alignas kept, and a local of a type declared in the body kept as aligned bytes.
// RUN: %yieldc --explain %s | FileCheck %s
#include <stdbool.h>
#include <yieldc.h>

struct pt { int x, y; };
typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }

generator(int) int kinds(int n)
{
    char tag = 't';
    double d = 1.5;
    int grid[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    int (*row)[3] = grid;
    binop f = add;
    int (*g)(int, int) = add;
    _Alignas(16) char aligned[3] = "ab";
    bool flag = true;
    struct local { short a; char b; } loc = { 1, 2 };
    struct pt p = { 1, 2 };
    const int k = 7;
    yield n;
    return tag + (int)d + row[1][2] + f(1, 2) + g(3, 4) + aligned[0] + flag + loc.a + p.x + k;
}

// CHECK-LABEL: /* {{.*}}explain-types.c:11: generator kinds: yields int, returns int */
// CHECK-NEXT: struct kinds {
// CHECK-NEXT: unsigned char yc_state; /* 0 1 */ /* the state: 0 not started, 1 suspended there, 254 running, 255 done */
// CHECK-NEXT: unsigned short yc_in_memory; /* 1 2 */ /* YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 1 byte hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: int yc_value; /* 4 4 */ /* the last value yielded */
// CHECK-NEXT: int yc_result; /* 8 4 */ /* the value returned */
// CHECK-NEXT: int n; /* 12 4 */ /* parameter 'n', line 11 (copied) */
// CHECK-NEXT: char tag; /* 16 1 */ /* local 'tag', line 13 (copied) */
// CHECK-EMPTY:
// CHECK-NEXT: /* XXX 7 bytes hole, try to pack */
// CHECK-EMPTY:
// CHECK-NEXT: double d; /* 24 8 */ /* local 'd', line 14 (copied) */
// CHECK-NEXT: int grid[2][3]; /* 32 24 */ /* local 'grid', line 15 (in the frame) */
// CHECK-NEXT: int (*row)[3]; /* 56 8 */ /* local 'row', line 16 (copied) */
// CHECK-NEXT: /* --- cacheline 1 boundary (64 bytes) --- */
// CHECK-NEXT: binop f; /* 64 8 */ /* local 'f', line 17 (copied) */
// CHECK-NEXT: int (*g)(int, int); /* 72 8 */ /* local 'g', line 18 (copied) */
// CHECK-NEXT: _Alignas(16) char aligned[3]; /* 80 3 */ /* local 'aligned', line 19 (in the frame) */
// CHECK-NEXT: _Bool flag; /* 83 1 */ /* local 'flag', line 20 (copied) */
// CHECK-NEXT: _Alignas(2) unsigned char loc[4]; /* 84 4 */ /* local 'loc', line 21 (copied), as bytes: its type 'struct local' is declared in the body */
// CHECK-NEXT: struct pt p; /* 88 8 */ /* local 'p', line 22 (copied) */
// CHECK-NEXT: int k; /* 96 4 */ /* local 'k', line 23 (in the frame) */
// CHECK-EMPTY:
// CHECK-NEXT: /* size: 112, cachelines: 2, members: 16 */
// CHECK-NEXT: /* sum members: 92, holes: 2, sum holes: 8 */
// CHECK-NEXT: /* padding: 12 */
// CHECK-NEXT: /* last cacheline: 48 bytes */
// CHECK-NEXT: }; /* sizeof(struct kinds) == 112, _Alignof == 16 */
// CHECK-EMPTY:
// CHECK-NEXT: /* kinds: 1 resume point: the state's value there, where, what suspends; the variables kept across it */
// CHECK-NEXT: state line:col suspends at kept across it
// CHECK-NEXT: 1 24:5 yield n n, tag, d, grid (in the frame), row, f, g, aligned (in the frame), flag, loc, p, k (in the frame)

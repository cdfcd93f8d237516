// A pointer into a local taken through an array that decays after a
// subscript or a member: the row of a 2-D array (`a[1]`), the array member
// of an array of structs (`s[1].arr`), a row of a 2-D member (`s.m[1]`),
// kept across yields.  The local must keep one address: it lives in the
// frame (not copied out and in, which left the pointer on the body's dead
// C local), and a recursive generator holding one never moves its frame
// (its subs are not started in the step's spare: the pointer would be left
// in a dead stack frame).  Each writes through the local after a yield and
// reads through the pointer: -1 every time.  Found by review (the
// subscript was taken for an element's, the member's base for a non-local).
// RUN: %check-run --sanitize %s %t | FileCheck %s
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s --check-prefix=MODE
#include <stdio.h>
#include <yieldc.h>

struct pair { int arr[2]; };
struct grid { int m[2][2]; };               /* 16 bytes: copied, unless pinned */
struct big_grid { int m[3][3]; int pad; };  /* 40 bytes: lives in the frame anyway */

generator(int) void rows(void)
{
    int a[2][3] = { { 1, 2, 3 }, { 4, 5, 6 } };
    int *row = a[1];
    yield row[0];
    a[1][0] = -1;
    yield row[0];
}

generator(int) void members(void)
{
    struct pair s[2] = { { { 1, 2 } }, { { 3, 4 } } };
    int *p = s[1].arr;
    yield p[0];
    s[1].arr[0] = -1;
    yield p[0];
}

generator(int) void grid_row(void)
{
    struct grid s = { { { 1, 2 }, { 3, 4 } } };
    int *p = s.m[1];
    yield p[0];
    s.m[1][0] = -1;
    yield p[0];
}

generator(int) void sized(void)
{
    struct grid s = { { { 1, 2 }, { 3, 4 } } };
    int *p = (s.m)[1];
    yield (int)sizeof s.m[1] + p[0];    /* sizeof: no decay of its own */
    s.m[1][0] = -1;
    yield p[0];
}

/* recursive: the frames stay where YC_ALLOC put them */
generator(int) int rec_rows(int d)
{
    int a[2][3] = { { d, d, d }, { 10 * d, 10 * d, 10 * d } };
    int *row = a[1];
    if (d > 0)
        yield from rec_rows(d - 1);
    yield row[0];
    a[1][0] = -1;
    yield row[0];
    return 0;
}

generator(int) int rec_members(int d)
{
    struct pair s[2] = { { { d, d } }, { { 10 * d, 10 * d } } };
    int *p = s[1].arr;
    if (d > 0)
        yield from rec_members(d - 1);
    yield p[0];
    s[1].arr[0] = -1;
    yield p[0];
    return 0;
}

generator(int) int rec_big(int d)
{
    struct big_grid s = { { { d }, { 10 * d } }, 0 };
    int *p = s.m[1];
    if (d > 0)
        yield from rec_big(d - 1);
    yield p[0];
    s.m[1][0] = -1;
    yield p[0];
    return 0;
}

#define RUN(G, ...)                                   \
    do {                                              \
        struct G g = G(__VA_ARGS__);                  \
        printf(#G ":");                               \
        while (yc_next(&g))                           \
            printf(" %d", yc_value(&g));              \
        printf("\n");                                 \
    } while (0)

int main(void)
{
    RUN(rows);
    RUN(members);
    RUN(grid_row);
    RUN(sized);
    RUN(rec_rows, 2);
    RUN(rec_members, 2);
    RUN(rec_big, 2);
    return 0;
}

// CHECK: rows: 4 -1
// CHECK-NEXT: members: 3 -1
// CHECK-NEXT: grid_row: 3 -1
// CHECK-NEXT: sized: 11 -1
// CHECK-NEXT: rec_rows: 0 -1 10 -1 20 -1
// CHECK-NEXT: rec_members: 0 -1 10 -1 20 -1
// CHECK-NEXT: rec_big: 0 -1 10 -1 20 -1

// MODE: YC__DEFINE_STEP_CHAIN(rec_rows, {{.*}}, HEAP,
// MODE: YC__DEFINE_STEP_CHAIN(rec_members, {{.*}}, HEAP,
// MODE: YC__DEFINE_STEP_CHAIN(rec_big, {{.*}}, HEAP,

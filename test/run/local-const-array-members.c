// A struct is unassignable whatever makes it so: a const array member
// (`const long c[5]`: the qualifier is the elements'), or a member struct
// with a const member; kept over a yield, such a local is kept as bytes, as
// one with a const scalar member is (local-const-members-and-pointers.c).
// Small (8 bytes, copied) and big (40 bytes, in the frame), and in an array.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct cbig { const long c[5]; };
struct csmall { const int c[2]; };
struct inner { const int k; };
struct outer { struct inner in; int v; };

generator(int) int g(int n)
{
    struct cbig a = { { 7, 8, 9, 10, 11 } };
    struct csmall s = { { 3, n } };
    struct outer o = { { 40 }, 2 };
    struct csmall arr[2] = { { { 1, 2 } }, { { 5, 6 } } };
    yield (int)a.c[0];
    o.v += 1;
    yield s.c[1] + o.in.k;
    yield arr[1].c[0];
    return (int)a.c[4] + s.c[0] + o.v + arr[0].c[1];
}

int main(void)
{
    struct g it = g(4);
    while (yc_next(&it))
        printf("%d\n", yc_value(&it));
    printf("-> %d\n", yc_result(&it));
    return 0;
}
// CHECK: 7
// CHECK-NEXT: 44
// CHECK-NEXT: 5
// CHECK-NEXT: -> 19

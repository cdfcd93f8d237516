// A local of a body-declared type copied over a suspension in a loop draws no gcc -O2 -Wdangling-pointer (it was copied by memcpy of its address); the reduced fuzz program, whose unused generators keep the warning.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
struct pt { int a; int b; };
static __attribute__((unused)) void pr(int tag, long long v) { printf("p%d %lld\n", tag, v); }
static generator(void, long) unsigned char g0(int n)
{
    (void)n;
}
static generator(void) long g1(int n)
{
    (void)n;
}
static generator(void, int) unsigned char g2(int n)
{
    for (int i2 = 0; i2 < 0; i2++) {
        struct pt s3 = { .b = (0) % 1000, .a = (0) % 1000 };
        struct lt5_t { int q; int r; } lt5 = { ((1 + n)) % 1000, 1 };
        yield;
        s3.b = ((n || n) || lt5.q);
        pr(29, s3.a * 1000 + s3.b);
    }
}
static generator(void) void g3(int n, int m)
{
    (void)n, (void)m;
}
int main(void)
{
    int more;
    struct g2 t1 = g2(4);
    more = yc_send(&t1, 12);
    printf("more %d\n", more);
    return 0;
}
// CHECK: more 0

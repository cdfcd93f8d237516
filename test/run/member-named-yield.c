// A struct member named 'yield' in a file with generators (a protocol's
// field, a scheduler's flag): declared, and used after '.' or '->', in and
// out of generators, it is C's name, not yieldc's keyword.  The member's
// declaration was "'yield' outside a generator", and 'p->yield' in a body
// "'yield' must be parenthesized after '->'".
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct task { int yield, *weights; };

static int total(const struct task *t) { return t->yield + t->weights[0]; }

generator(int) int g(struct task *p)
{
    struct task local = *p;
    yield p->yield;
    local.yield += 10;
    yield local.yield;
    yield total(&local);
    p->yield = 5;
    return p->yield;
}

int main(void)
{
    int w = 100;
    struct task t = { 7, &w };
    struct g it = g(&t);
    while (yc_next(&it))
        printf("%d\n", yc_value(&it));
    printf("result %d yield %d\n", yc_result(&it), t.yield);
    return 0;
}
// CHECK: 7
// CHECK-NEXT: 17
// CHECK-NEXT: 117
// CHECK-NEXT: result 5 yield 5

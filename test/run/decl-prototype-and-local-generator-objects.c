// A frame written at a prototype holds the frames of generators defined later: locals of generator types (arrays too), also in a sub-generator made in place.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int outer(void);
generator(int) int chain(void);

generator(int) int leaf(int n)
{
    yield n;
    return n * 10;
}

generator(int) int inner(void)
{
    yield 1;
    return 5;
}

generator(int) int mid(void)
{
    struct leaf l = leaf(2);
    struct leaf two[2] = { leaf(3), leaf(4) };
    yc_next(&l);
    yield yc_value(&l);
    yc_next(&two[1]);
    yield yc_value(&two[1]);
    return yc_value(&l) + yc_value(&two[1]);
}

generator(int) int outer(void)
{
    struct inner g = inner();
    int r = yield from &g;
    return r;
}

generator(int) int chain(void)
{
    int r = yield from mid();
    return r;
}

int main(void)
{
    struct outer o = outer();
    while (yc_next(&o))
        printf("outer %d\n", yc_value(&o));
    printf("result %d\n", yc_result(&o));
    struct chain c = chain();
    while (yc_next(&c))
        printf("chain %d\n", yc_value(&c));
    printf("result %d\n", yc_result(&c));
    return 0;
}
// CHECK: outer 1
// CHECK-NEXT: result 5
// CHECK-NEXT: chain 2
// CHECK-NEXT: chain 4
// CHECK-NEXT: result 6

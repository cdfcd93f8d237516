// A prototype before a generator with 31 yields: the 31st is lowered too (a yield's view edit once went to a stale array when the edits grew).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int g(void);

generator(int) int g(void)
{
    yield 1;  yield 2;  yield 3;  yield 4;  yield 5;  yield 6;  yield 7;  yield 8;
    yield 9;  yield 10; yield 11; yield 12; yield 13; yield 14; yield 15; yield 16;
    yield 17; yield 18; yield 19; yield 20; yield 21; yield 22; yield 23; yield 24;
    yield 25; yield 26; yield 27; yield 28; yield 29; yield 30; yield 31;
    return 32;
}

int main(void)
{
    struct g t = g();
    int sum = 0, n = 0;
    while (yc_next(&t))
        sum += yc_value(&t), n++;
    printf("%d values, sum %d, result %d\n", n, sum, yc_result(&t));
    return 0;
}
// CHECK: 31 values, sum 496, result 32

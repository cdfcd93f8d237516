// Names and keywords spelled with line splices or universal character names are read as C reads them: generator names, void, static, return, yield, from, generator.
// RUN: %check-run %s %t | FileCheck %s
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s --check-prefix=SHAPE
#include <stdio.h>
#include <yieldc.h>

generator(int) int \u00e9t\u00e9(void) { yield 1; return 2; }

generator(int) int co\
unt(int n) { yield n; return 0; }

generator(\
void) void task(void)
{
    yield;
}

// SHAPE: YC__DEFINE_SEND(static, twice, YC__CLOSE_FN(twice), int yc_v)
sta\
tic gene\
rator(int, int) int twice(int n)
{
    int x = yi\
eld n;
    re\
turn yield x;
}

generator(int, int) int outer(void)
{
    return yield fr\
om twice(5);
}

int main(void)
{
    struct \u00e9t\u00e9 e = \u00e9t\u00e9();
    while (yc_next(&e))
        printf("ucn %d\n", yc_value(&e));
    printf("ucn result %d\n", yc_result(&e));
    struct count c = count(3);
    while (yc_next(&c))
        printf("count %d\n", yc_value(&c));
    struct task t = task();
    int steps = 0;
    while (yc_next(&t))
        steps++;
    printf("task %d\n", steps);
    struct outer o = outer();
    int v = 10;
    while (yc_send(&o, v++))
        printf("outer %d\n", yc_value(&o));
    printf("outer result %d\n", yc_result(&o));
    return 0;
}
// CHECK: ucn 1
// CHECK-NEXT: ucn result 2
// CHECK-NEXT: count 3
// CHECK-NEXT: task 1
// CHECK-NEXT: outer 5
// CHECK-NEXT: outer 11
// CHECK-NEXT: outer result 12

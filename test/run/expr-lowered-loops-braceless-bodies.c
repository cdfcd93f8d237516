// Loops whose test yields, with a braceless loop, if or else as their body
// (each on its own line, as people indent them): the lowering's code after
// the body (a for's increment, a do's test, continue's label) must not draw
// -Wmisleading-indentation, an error under -Werror, from gcc or clang.
// The same for loop headers written over several lines (the lowered test,
// `if (!(...)) { break; }`, is braced: the body follows on its last line),
// and for the cleanups yieldc runs at a block's `}` written on the line of a
// braceless body.
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: 0
// CHECK-NEXT: 1
// CHECK-NEXT: 2
// CHECK-NEXT: 10
// CHECK-NEXT: 11
// CHECK-NEXT: 12
// CHECK-NEXT: 20
// CHECK-NEXT: 21
// CHECK-NEXT: 22
// CHECK-NEXT: 30
// CHECK-NEXT: 31
// CHECK-NEXT: 32
// CHECK-NEXT: 43
// CHECK-NEXT: 46
// CHECK-NEXT: 50
// CHECK-NEXT: 60
// CHECK-NEXT: 61
// CHECK-NEXT: 70
// CHECK-NEXT: 71
// CHECK-NEXT: 100
// CHECK-NEXT: 101
// CHECK-NEXT: 102
// CHECK-NEXT: 110
// CHECK-NEXT: 111
// CHECK-NEXT: 112
// CHECK-NEXT: 120
// CHECK-NEXT: 121
// CHECK-NEXT: 122
// CHECK-NEXT: 130
// CHECK-NEXT: 131
// CHECK-NEXT: 132
// CHECK-NEXT: 140
// CHECK-NEXT: 81
// CHECK-NEXT: drop 36
// CHECK-NEXT: 90
// CHECK-NEXT: drop 9
// CHECK-NEXT: result 37
// CHECK-NEXT: tail 1
// CHECK-NEXT: tail 2
// CHECK-NEXT: drop 3
// CHECK-NEXT: tail result 10
// CHECK-NEXT: tail2 1
// CHECK-NEXT: x
// CHECK-NEXT: x
// CHECK-NEXT: drop 2
// CHECK-NOT: {{.}}
#include <stdio.h>
#include <yieldc.h>

static void drop(int *p) { printf("drop %d\n", *p); }

generator(int, int) int loops(int n)
{
    int total = 0;
    for (int i = 0; i < n; i += yield i)
        for (int j = 0; j < 2; j++)
            total += j;
    for (int i = 0; i < n; (yield 10 + i), i++)
        while (total > 100)
            total -= 100;
    for (int i = 0; (yield 20 + i) + i < n; i++)
        if (i % 2)
            total++;
        else
            total += 2;
    int k = 0;
    do
        if (k % 2)
            continue;
        else
            for (int j = 0; j < 2; j++)
                total += 3;
    while ((yield 30 + k++) + k < 4);
    k = 0;
    do
        for (;;)
            if (++k % 3 == 0)
                break;
    while (yield 40 + k, k < 6);
    while ((yield 50) < 1)
        for (int j = 0; j < 2; j++)
            total += 5;
    for (int i = 0; i < 2; (yield 60 + i), i++)
        if (i)
            if (total)
                total += 7;
    for (int i = 0; i < 2; (yield 70 + i), i++)
        if (total > 1000)
            continue;
        else
            while (0)
                ;
    for (int i = 0;
         i < n;
         (yield 100 + i), i++)
        total++;
    for (int i = 0; i < n &&
                    total < 1000; (yield 110 + i), i++)
        total++;
    for (int i = 0; i < n &&
                    total < 1000; (yield 120 + i), i++) {
        total++;
    }
    for (int i = 0;
        (yield 130 + i) + i < n; i++)
        total++;
    while ((yield 140) &&
           total < 0)
        total++;
    {
        __attribute__((cleanup(drop))) int c = total;
        for (int j = 0; j < 2; j++)
            if (j)
                yield 80 + j;
    }
    {
        __attribute__((cleanup(drop))) int d = 9;
        yield 90;
        for (int j = 0; j < 2; j++)
            total += j;
    }
    return total;
}

generator(int) int tail(int n)
{
    yield 1;
    {
        __attribute__((cleanup(drop))) int c = n;
        yield 2;
        if (n)
            for (int j = 0; j < 2; j++)
                n++; }
    while (n < 10)
        if (n)
            n++;
        else
            n--;
    return n;
}

generator(int) void tail2(int n)
{
    __attribute__((cleanup(drop))) int c = n;
    yield 1;
    for (int j = 0; j < 2; j++)
        if (j)
            goto out;
        else
            continue;
out:
    if (n)
        while (n--)
            printf("x\n"); }

int main(void)
{
    struct loops g = loops(3);
    int sent = 1;
    while (yc_send(&g, sent))
        printf("%d\n", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    struct tail t = tail(3);
    while (yc_next(&t))
        printf("tail %d\n", yc_value(&t));
    printf("tail result %d\n", yc_result(&t));
    struct tail2 t2 = tail2(2);
    while (yc_next(&t2))
        printf("tail2 %d\n", yc_value(&t2));
    return 0;
}

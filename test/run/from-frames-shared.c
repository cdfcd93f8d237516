// yield from CALL embeds the sub-generator's frame in the caller's: no
// allocation, and sub-generators that are never alive together share storage
// (the whole tree's memory is sizeof of the outermost frame); results flow back.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <string.h>
#include <yieldc.h>

generator(int) int big(int base)
{
    int pad[32];
    memset(pad, 0, sizeof pad);
    for (int i = 0; i < 3; i++)
        yield base + i + pad[i];
    return base;
}

generator(int) int small(void)
{
    yield -1;
    return 7;
}

generator(int) int seq(void)
{
    int a = yield from big(10);
    int b = yield from small();
    int c = yield from big(20);
    return a + b + c;
}

generator(int) int three(void)
{
    int r = yield from seq();
    return r * 2;
}

int main(void)
{
    struct three t = three();
    while (yc_next(&t))
        printf("%d ", yc_value(&t));
    printf("| %d\n", yc_result(&t));
    // CHECK: 10 11 12 -1 20 21 22 | 74
    /* shared: seq holds one big() at a time, not two, plus small() */
    printf("seq %s two bigs\n", sizeof(struct seq) < 2 * sizeof(struct big) ? "smaller than" : "NOT smaller than");
    printf("three %s seq\n", sizeof(struct three) >= sizeof(struct seq) ? "contains" : "does NOT contain");
    // CHECK-NEXT: seq smaller than two bigs
    // CHECK-NEXT: three contains seq
    return 0;
}

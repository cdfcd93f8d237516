// A local assigned by a yield (`v = yield e`, `v = yield from g()`) is not
// saved at that suspension: the resumption writes it before anything reads
// it.  So a path that reaches the yield with v never set (a goto into its
// block, a case label inside it) no longer copies v uninitialized, which
// clang's -Wsometimes-uninitialized reported under -Wall -Werror.  The
// values stay right where v is read again around the loop, where a
// compound assignment reads v after the resumption (`v += yield`: saved),
// and where the yield's own operand reads v.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static generator(int) int sub(int n)
{
    yield n;
    return n * 10;
}

static generator(int, int) int g(int k)
{
    int total = 0;
    if (k)
        goto in;
    {
        int s;
    in:
        s = yield 1;
        total += s;
    }
    switch (k) {
    case 0: {
        int t;
    case 1:
        t = yield 2;
        total += t;
    }
    }
    int v = 0, w = 100;
    while (v < 50) {
        v = yield v + 1;            /* reads v before, writes it after */
        (w) = (yield from sub(v));
        w += yield w;               /* read after the resumption: kept */
        total += v + w;
    }
    return total;
}

int main(void)
{
    struct g a = g(1);
    int sent = 10;
    while (yc_send(&a, sent)) {
        printf("%d ", yc_value(&a));
        sent += 10;
    }
    printf("| %d\n", yc_result(&a));
    // CHECK: 1 2 1 40 400 41 70 700 | 1410
    return 0;
}

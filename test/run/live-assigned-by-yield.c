// A local assigned by a yield (`v = yield e`, `v = yield from g()`) is not
// saved at that suspension: the resumption writes it before anything reads
// it.  So a path that reaches the yield with v never set (a goto into its
// block, a case label inside it) no longer copies v uninitialized, which
// clang's -Wsometimes-uninitialized reported under -Wall -Werror.  The
// values stay right where v is read again around the loop, where a
// compound assignment reads v after the resumption (`v += yield`: saved),
// where the yield's own operand reads v, and where the statement reads v
// elsewhere, in an order C leaves open that yieldc puts after the
// resumption (`({ v; }) + (v = yield 1)`: saved; the review of the first
// version, which did not save it, found this).
// (The statement expression is GNU C.)
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

static generator(int, int) int other_read(void)
{
    int v = 7, x;
    yield 0;
    x = ({ int t = v; t; }) + (v = yield 1);
    return x * 1000 + v;
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
    struct other_read b = other_read();
    sent = 100;
    while (yc_send(&b, sent++))
        ;
    printf("%d\n", yc_result(&b));
    // CHECK-NEXT: 109102
    return 0;
}

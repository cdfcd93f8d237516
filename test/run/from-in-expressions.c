// yield from in lowered positions: a while condition with &&, the right of &&, a ?: branch,
// and a local sub-generator passed by address; send values flow to the sub.
// RUN: %check-run %s %t -pedantic | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
generator(int, int) int upto(int n) { int s = 0; for (int i = 0; i < n; i++) s += yield i; return s; }
generator(long, long) int outer(void)
{
    int total = 0, rounds = 0;
    while ((total = yield from upto(2)) < 5 && rounds < 4)
        rounds++;
    struct upto local = upto(1);
    int a = rounds > 0 && (yield from &local) >= 0;
    int b = rounds ? (yield from upto(1)) : -1;
    return total * 100 + rounds * 10 + a + b;
}
int main(void)
{
    struct outer o = outer();
    long v = 1;
    bool more = yc_next(&o);
    while (more) { printf("%ld ", yc_value(&o)); more = yc_send(&o, v); v++; }
    printf("| %d\n", yc_result(&o));
}
// CHECK: 0 1 0 1 0 0 | 717

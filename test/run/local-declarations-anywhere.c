// Declarations with initializers anywhere: after yields, in nested scopes, several per statement, initializers depending on earlier ones.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int decls(int n)
{
    yield n;
    int a = n + 1, b = a * 2, c;
    c = a + b;
    yield a;
    yield b;
    yield c;
    int x = 1, *px = &x, y = *px + 10;
    yield y;
    *px = 5;
    yield x;
    if (n > 0) {
        int p = a + 100, q = p + 1;
        yield p;
        int r = q + 1, s = r * 2;
        yield q;
        yield r;
        yield s;
        c = s;
    }
    for (int i = 0, j = 10; i < 2; i++, j--) {
        int k = i + j, m = k * 2;
        yield k;
        yield m;
    }
    unsigned long big = 4000000000UL; char ch = 'z'; double half = 0.5;
    yield (int)(big / 1000000UL);
    yield ch;
    yield (int)(half * 4);
    return c;
}

int main(void)
{
    struct decls g = decls(2);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 2 3 6 9 11 5 103 104 105 210 10 20 10 20 4000 122 2
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 210
    return 0;
}

// Yields as operands of unary operators and casts: `-(yield x)`, `!`, `~`, `!!`, `(unsigned char)(yield)`, `(double)(yield) / 2`, `(long)-(yield)`, and with yc_next (zero).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, int) int un(void)
{
    int a = -(yield 1);
    int b = !(yield 2);
    int c = ~(yield 3);
    unsigned char d = (unsigned char)(yield 4);
    double e = (double)(yield 5) / 2;
    long f = (long)-(yield 6);
    int g = !!(yield 7);
    int h = +(yield 8) * -1;
    printf("a %d b %d c %d d %d e %.1f f %ld g %d h %d\n", a, b, c, d, e, f, g, h);
    return a + b + c + d + g + h;
}

static void run(const int *sends, int n)
{
    struct un g = un();
    int k = 0;
    bool more = yc_next(&g);
    while (more) {
        printf("%d ", yc_value(&g));
        more = k < n ? yc_send(&g, sends[k]) : yc_next(&g);
        k++;
    }
    printf("-> %d\n", yc_result(&g));
}

int main(void)
{
    run((const int[]){ 5, 5, 0, 300, 7, 9, 42, 6 }, 8);
    // CHECK: 1 2 3 4 5 6 7 8 a -5 b 0 c -1 d 44 e 3.5 f -9 g 1 h -6
    // CHECK-NEXT: -> 33
    run(NULL, 0);
    // CHECK-NEXT: 1 2 3 4 5 6 7 8 a 0 b 1 c -1 d 0 e 0.0 f 0 g 0 h 0
    // CHECK-NEXT: -> 0
    return 0;
}

// The value given to yc_send converts to S as by assignment: an int to double, an int to unsigned char (modulo 256), a double to int (truncated), a char array to const char *.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, double) int gd(void)
{
    double d = yield 0;
    printf("double %.2f\n", d / 2);
    return 0;
}

generator(int, unsigned char) int guc(void)
{
    unsigned char c = yield 0;
    int wide = (yield 1) + 1;
    printf("uchar %d %d\n", c, wide);
    return 0;
}

generator(int, int) int gi(void)
{
    int i = yield 0;
    printf("int %d\n", i);
    return 0;
}

generator(int, const char *) int gs(void)
{
    const char *s = yield 0;
    printf("str %s\n", s ? s : "(null)");  /* yc_next sends a null S */
    return 0;
}

int main(void)
{
    struct gd a = gd();
    yc_next(&a);
    yc_send(&a, 7);
    // CHECK: double 3.50
    struct guc b = guc();
    yc_next(&b);
    int big = 300, max = 255;
    yc_send(&b, big);
    yc_send(&b, max);
    // CHECK-NEXT: uchar 44 256
    struct gi c = gi();
    yc_next(&c);
    double frac = 9.75;
    yc_send(&c, frac);
    // CHECK-NEXT: int 9
    char buf[] = "hi";
    struct gs d = gs();
    yc_next(&d);
    yc_send(&d, buf);
    // CHECK-NEXT: str hi
    return 0;
}

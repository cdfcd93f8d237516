// Many invocations of macros that write 'yield (x)' (a call to C99, which clang declares implicitly and warns of once per file): every one is expanded in place, however many there are, in the order of the source.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define YV(...) (yield (__VA_ARGS__))
#define AWAIT(c) while (!(c)) yield

generator(int) int g(int n)
{
    YV(1);
    YV(2);
    int k = 0;
    AWAIT(++k >= 2) (10 + k);
    switch (n) {
    case 1:
        YV(3);
        {
            int j = 0;
            AWAIT(++j >= 2) (20 + j);
        }
        break;
    }
    YV(4);
    AWAIT(++k >= 4) (30 + k);
    return 0;
}

int main(void)
{
    struct g it = g(1);
    while (yc_next(&it))
        printf("%d ", yc_value(&it));
    puts("");
    return 0;
}
// CHECK: 1 2 11 3 21 4 33

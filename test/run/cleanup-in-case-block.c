// A case block of the user's switch ending in break, with a cleanup local alive across a yield:
// no cleanup code after the break (gcc would see a fall-through).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>
static void cl(int *p) { printf("{c%d}", *p); }
generator(int) int g(int n)
{
    switch (n) {
    case 1: {
        int s __attribute__((cleanup(cl))) = 1;
        yield s;
        break;
    }
    case 2:
        yield 2;
        break;
    }
    return 0;
}
int main(void)
{
    struct g it = g(1);
    while (yc_next(&it)) printf("[%d]", yc_value(&it));
    printf("\n");
    return 0;
}
// CHECK: [1]{c1}

// Nested compound blocks with yields at several depths; each block's locals keep their values across yields.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int blocks(int base)
{
    int a = base;
    {
        int b = a + 1;
        yield b;
        {
            int c = b + 1;
            yield c;
            {
                {
                    int d = c + b + a;
                    yield d;
                    d++;
                    yield d;
                }
                yield c * 2;
            }
            a = c;
        }
        yield b;
    }
    {
        int e = a * 3;
        {}
        yield e;
        { ; }
        a = e;
    }
    return a;
}

int main(void)
{
    struct blocks g = blocks(5);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 6 7 18 19 14 6 21
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 21
    return 0;
}

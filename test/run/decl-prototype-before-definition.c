// A prototype `generator(int) int f(int);` before the definition, with a caller between them that creates and drives the generator.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int evens(int limit);

static int drive(int limit)
{
    struct evens g = evens(limit);
    printf("size ok %d\n", sizeof g >= sizeof(int));
    while (yc_next(&g))
        printf("even %d\n", yc_value(&g));
    return yc_result(&g);
}

int main(void)
{
    int r = drive(5);
    printf("result %d\n", r);
    return 0;
}
// CHECK: size ok 1
// CHECK-NEXT: even 0
// CHECK-NEXT: even 2
// CHECK-NEXT: even 4
// CHECK-NEXT: result 3

generator(int) int evens(int limit)
{
    int count = 0;
    for (int i = 0; i <= limit; i += 2) {
        yield i;
        count++;
    }
    return count;
}

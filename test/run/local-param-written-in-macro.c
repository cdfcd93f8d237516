// A parameter modified only inside a macro's body keeps its new value across yields.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define STEP() (n += 10)
#define BUMP() (p++)

generator(int) int g(int n, const char *p)
{
    yield n;
    STEP();
    BUMP();
    yield n;
    return *p;
}

int main(void)
{
    struct g it = g(1, "ab");
    while (yc_next(&it))
        printf("%d\n", yc_value(&it));
    printf("%c\n", yc_result(&it));
    // CHECK: 1
    // CHECK-NEXT: 11
    // CHECK-NEXT: b
    return 0;
}

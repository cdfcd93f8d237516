// const and volatile locals (including a const pointer and a const-qualified struct) declared before yields and read after them.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct pair { int a, b; };

generator(int) int cv(const int k)
{
    const int c = k * 2;
    volatile int v = 1;
    const struct pair pr = { c, c + 1 };
    int target = 50;
    int *const cp = &target;
    const int *pc = &c;
    const volatile int cvk = 7;
    yield c;
    v += c;
    yield v;
    yield pr.b;
    *cp += 1;
    yield target;
    yield *pc;
    pc = &pr.a;
    yield *pc + cvk;
    {
        const char msg[] = "ok";
        yield msg[1];
        v = v * 10;
    }
    return v + k;
}

int main(void)
{
    struct cv g = cv(3);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 6 7 7 51 6 13 107
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 73
    return 0;
}

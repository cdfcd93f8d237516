// __func__ inside a generator body names the generator itself, before and after yields and in nested blocks.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(const char *) int my_gen(void)
{
    printf("start in %s\n", __func__);
    yield __func__;
    {
        const char *name = __func__;
        yield name;
        printf("resumed in %s\n", name);
    }
    printf("end in %s\n", __func__);
    return (int)sizeof __func__;
}

int main(void)
{
    struct my_gen g = my_gen();
    while (yc_next(&g))
        printf("yielded %s\n", yc_value(&g));
    // CHECK: start in my_gen
    // CHECK-NEXT: yielded my_gen
    // CHECK-NEXT: yielded my_gen
    // CHECK-NEXT: resumed in my_gen
    // CHECK-NEXT: end in my_gen
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 7
    return 0;
}

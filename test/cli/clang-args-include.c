// Arguments after '--' reach clang: '-I DIR' (two words) finds a header that the generator body uses.
// RUN: %yieldc %s -o %t.c -- -I %S/Inputs/include
// RUN: %gcc %cflags -I %S/Inputs/include %t.c -o %t
// RUN: %t | FileCheck %s
// RUN: not %yieldc %s -o %t.noinc.c 2>&1 | FileCheck --check-prefix=NOINC %s
#include <stdio.h>
#include <yieldc.h>
// NOINC: clang-args-include.c:[[@LINE+1]]:10: error: {{.*}}cli-helper.h{{.*}}not found
#include "cli-helper.h"

generator(int) int scaled(void)
{
    for (int i = 1; i < HELPER_LIMIT; i++)
        yield helper_scale(i);
    return HELPER_LIMIT;
}

int main(void)
{
    struct scaled g = scaled();
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    return 0;
}
// CHECK: 100 200 300 result 4

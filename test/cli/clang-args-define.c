// Arguments after '--' reach clang: a -D macro used in the generator body is defined (and the file fails without it).
// RUN: %yieldc %s -o %t.c -- -DN=3
// RUN: %gcc %cflags -DN=3 %t.c -o %t
// RUN: %t | FileCheck %s
// RUN: not %yieldc %s -o %t.nodef.c 2>&1 | FileCheck --check-prefix=NODEF %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int count(void)
{
    // NODEF: clang-args-define.c:[[@LINE+1]]:25: error: {{.*}}'N'
    for (int i = 0; i < N; i++)
        yield i * 10;
    return N;
}

int main(void)
{
    struct count g = count();
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("result %d\n", yc_result(&g));
    return 0;
}
// CHECK: 0 10 20 result 3

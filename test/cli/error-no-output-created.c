// On an error found late in the file (after a valid generator has been read) no output file is created at all.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int fine(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

int main(void)
{
    struct fine f = fine(2);
    while (yc_next(&f))
        ;
    // CHECK: error-no-output-created.c:[[@LINE+1]]:5: error: {{.*}}outside
    yield 3;
    return 0;
}

// A local array filled across yields, a pointer into it kept across yields, and a 2-D array; all keep their contents while suspended.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int fill(int n)
{
    int buf[8] = {0};
    int *p = buf;
    for (int i = 0; i < n; i++) {
        *p++ = i * i;
        yield (int)(p - buf);
    }
    int *q = &buf[1];
    yield *q;
    q[1] = 42;
    yield buf[2];
    int sum = 0;
    for (int i = 0; i < 8; i++) {
        sum += buf[i];
        yield sum;
    }
    int m[2][3] = { {1, 2, 3}, {4, 5, 6} };
    int (*row)[3] = &m[1];
    yield (*row)[2];
    (*row)[0] = 40;
    yield m[1][0] + m[0][0];
    char s[6] = "hello";
    char *c = s + 4;
    yield *c;
    *c = '!';
    yield s[4];
    return sum + (int)sizeof buf;
}

int main(void)
{
    struct fill g = fill(4);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 1 2 3 4 1 42 0 1 43 52 52 52 52 52 6 41 111 33
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 84
    return 0;
}

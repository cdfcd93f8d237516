// Nested loops whose break and continue statements run right after a resume, affecting the correct (innermost) loop.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int trace[64];
static int ntrace;

generator(int) int grid(void)
{
    int visited = 0;
    for (int i = 0; i < 4; i++) {
        if (i == 3)
            break;
        for (int j = 0; j < 4; j++) {
            yield i * 10 + j;
            visited++;
            if (j == 1)
                continue;
            if (i == 1 && j == 2)
                break;
            trace[ntrace++] = i * 10 + j;
        }
        int w = 0;
        while (1) {
            yield 100 + w;
            if (++w == 2)
                break;
            continue;
        }
        trace[ntrace++] = 500 + i;
    }
    return visited;
}

int main(void)
{
    struct grid g = grid();
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 0 1 2 3 100 101 10 11 12 100 101 20 21 22 23 100 101
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result 11
    for (int k = 0; k < ntrace; k++)
        printf("%d ", trace[k]);
    printf("\n");
    // CHECK-NEXT: 0 2 3 500 10 501 20 22 23 502
    return 0;
}

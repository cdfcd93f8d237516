// Yields inside cases of the user's own switch, with fallthrough into the next case, default, and break after a resume.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int sw(int k)
{
    int acc = 0;
    switch (k) {
    case 1:
        yield 10;
        acc += 1;
        /* fallthrough */
    case 2:
        yield 20;
        acc += 2;
        break;
    case 3: {
        int local = 30;
        yield local;
        local++;
        yield local;
        acc += local;
    }
        /* fallthrough */
    default:
        yield 90;
        acc += 9;
        break;
    case 4:
        acc += 4;
        break;
    }
    yield acc;
    for (int i = 0; i < 3; i++) {
        switch (i) {
        case 0:
            yield 500;
            continue;
        case 1:
            yield 501;
            break;
        default:
            yield 502;
        }
        yield 600 + i;
    }
    return acc;
}

static void run(int k)
{
    struct sw g = sw(k);
    printf("k=%d:", k);
    while (yc_next(&g))
        printf(" %d", yc_value(&g));
    printf(" -> %d\n", yc_result(&g));
}

int main(void)
{
    run(1);
    // CHECK: k=1: 10 20 3 500 501 601 502 602 -> 3
    run(2);
    // CHECK-NEXT: k=2: 20 2 500 501 601 502 602 -> 2
    run(3);
    // CHECK-NEXT: k=3: 30 31 90 40 500 501 601 502 602 -> 40
    run(4);
    // CHECK-NEXT: k=4: 4 500 501 601 502 602 -> 4
    run(7);
    // CHECK-NEXT: k=7: 90 9 500 501 601 502 602 -> 9
    return 0;
}

// A return that comes from a macro (an error-check macro) finishes the
// generator with that result, as a return written in the body does.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define CHECK(c) do { if (!(c)) return -1; } while (0)
#define DONE() return

generator(int) int parse(const char *s)
{
    int sum = 0;
    for (; *s; s++) {
        CHECK(*s >= '0' && *s <= '9');
        sum += *s - '0';
        yield sum;
    }
    return sum;
}

generator(void) void task(int n)
{
    for (int i = 0;; i++) {
        if (i == n)
            DONE();
        yield;
    }
}

int main(void)
{
    const char *inputs[] = { "123", "4x5" };
    for (int k = 0; k < 2; k++) {
        struct parse p = parse(inputs[k]);
        while (yc_next(&p))
            printf("%d ", yc_value(&p));
        printf("-> %d done %d\n", yc_result(&p), yc_done(&p));
    }
    // CHECK: 1 3 6 -> 6 done 1
    // CHECK-NEXT: 4 -> -1 done 1
    struct task t = task(3);
    int steps = 0;
    while (yc_next(&t))
        steps++;
    // CHECK-NEXT: task: 3 steps, done 1, next 0
    printf("task: %d steps, done %d, next %d\n", steps, yc_done(&t), yc_next(&t));
    return 0;
}

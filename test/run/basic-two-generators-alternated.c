// Two different generators (different yield and result types) alternated by one caller, each resuming where it left off.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int numbers(int n)
{
    for (int i = 1; i <= n; i++)
        yield i;
    return -n;
}

generator(const char *) double names(void)
{
    const char *list[] = { "one", "two", "three", "four" };
    double weight = 0.0;
    for (int k = 0; k < 4; k++) {
        yield list[k];
        weight += 0.5;
    }
    return weight;
}

int main(void)
{
    struct numbers n = numbers(3);
    struct names s = names();
    for (;;) {
        bool got_n = yc_next(&n);
        bool got_s = yc_next(&s);
        if (!got_n && !got_s)
            break;
        if (got_n)
            printf("%d", yc_value(&n));
        else
            printf("-");
        printf(" %s\n", got_s ? yc_value(&s) : "-");
    }
    // CHECK: 1 one
    // CHECK-NEXT: 2 two
    // CHECK-NEXT: 3 three
    // CHECK-NEXT: - four
    printf("results %d %.1f\n", yc_result(&n), yc_result(&s));
    // CHECK-NEXT: results -3 2.0
    return 0;
}

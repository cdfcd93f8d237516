// Parameters modified in the body keep their new values across yields; each instance has its own copies, and the caller's arguments are untouched.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct acc { int total; };

generator(char) int letters(const char *s)
{
    int n = 0;
    while (*s) {
        yield *s;
        s += 2;
        n++;
    }
    return n;
}

generator(int) int collatz(int n, struct acc a, int *steps)
{
    while (n != 1) {
        yield n;
        if (n % 2)
            n = 3 * n + 1;
        else
            n /= 2;
        a.total += n;
        ++*steps;
    }
    yield n;
    return a.total;
}

int main(void)
{
    int start = 6, steps = 0;
    struct acc a = { 1000 };
    struct collatz g = collatz(start, a, &steps);
    struct collatz h = collatz(3, a, &steps);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("\n");
    // CHECK: 6 3 10 5 16 8 4 2 1
    printf("result %d steps %d start %d a %d\n", yc_result(&g), steps, start, a.total);
    // CHECK-NEXT: result 1049 steps 8 start 6 a 1000
    yc_next(&h);
    yc_next(&h);
    printf("h %d steps %d\n", yc_value(&h), steps);
    // CHECK-NEXT: h 10 steps 9
    const char *word = "abcdefgh";
    struct letters l = letters(word);
    while (yc_next(&l))
        printf("%c", yc_value(&l));
    printf(" %d %s\n", yc_result(&l), word);
    // CHECK-NEXT: aceg 4 abcdefgh
    return 0;
}

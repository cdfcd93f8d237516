// `while ((c = yield prompt) != EOF)` loop conditions: the condition yields on every iteration, `continue` goes back to it, and `while (yield n)` stops on a zero send.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(const char *, int) int reader(void)
{
    int c;
    int count = 0, sum = 0;
    const char *prompt = "> ";
    while ((c = yield prompt) != EOF) {
        count++;
        sum += c;
        if (c == 'q')
            continue;
        prompt = count % 2 ? "odd> " : "even> ";
    }
    printf("c %d\n", c);
    return count * 1000 + sum;
}

generator(int, int) int countdown(int n)
{
    int seen = 0;
    while (yield n--)
        seen++;
    return seen * 100 + n;
}

int main(void)
{
    struct reader r = reader();
    yc_next(&r);
    printf("[%s]\n", yc_value(&r));
    // CHECK: [> ]
    static const int input[] = { 'a', 'b', 'q', 'c' };
    for (unsigned i = 0; i < sizeof input / sizeof input[0]; i++) {
        yc_send(&r, input[i]);
        printf("[%s]\n", yc_value(&r));
    }
    // CHECK-NEXT: [odd> ]
    // CHECK-NEXT: [even> ]
    // CHECK-NEXT: [even> ]
    // CHECK-NEXT: [even> ]
    bool more = yc_send(&r, EOF);
    // CHECK-NEXT: c -1
    printf("more %d result %d\n", more, yc_result(&r));
    // CHECK-NEXT: more 0 result 4407

    struct countdown d = countdown(5);
    more = yc_next(&d);
    while (more) {
        int v = yc_value(&d);
        printf("%d ", v);
        more = yc_send(&d, v > 2);
    }
    printf("-> %d\n", yc_result(&d));
    // CHECK-NEXT: 5 4 3 2 -> 301
    return 0;
}

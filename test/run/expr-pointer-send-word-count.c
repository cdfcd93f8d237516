// A pointer send type: strings sent to a generator(int, const char *) that counts words and yields the running total; a NULL (sent, or from yc_next) ends it.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int, const char *) int words(void)
{
    int total = 0;
    const char *s;
    while ((s = yield total) != NULL) {
        int in = 0;
        for (; *s; s++) {
            if (*s == ' ' || *s == '\t')
                in = 0;
            else if (!in) {
                in = 1;
                total++;
            }
        }
    }
    return total;
}

int main(void)
{
    struct words g = words();
    yc_next(&g);
    printf("%d\n", yc_value(&g));
    // CHECK: 0
    static const char *lines[] = { "hello world", "  a  b\tc ", "", "one" };
    for (unsigned i = 0; i < 4; i++) {
        yc_send(&g, lines[i]);
        printf("%d\n", yc_value(&g));
    }
    // CHECK-NEXT: 2
    // CHECK-NEXT: 5
    // CHECK-NEXT: 5
    // CHECK-NEXT: 6
    bool more = yc_send(&g, NULL);
    printf("more %d result %d\n", more, yc_result(&g));
    // CHECK-NEXT: more 0 result 6

    struct words h = words();
    yc_next(&h);
    char buf[] = "x y z";
    yc_send(&h, buf);
    more = yc_next(&h);
    printf("more %d result %d\n", more, yc_result(&h));
    // CHECK-NEXT: more 0 result 3
    return 0;
}

// Static locals stay static: one object per function, shared by two interleaved instances, initialized once, kept across yields.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int ticket(int id)
{
    static int next_ticket = 100;
    int mine = 0;
    for (int k = 0; k < 2; k++) {
        mine = next_ticket++;
        yield id * 1000 + mine;
    }
    {
        static const char tag[] = "T";
        yield tag[0];
    }
    return next_ticket;
}

int main(void)
{
    struct ticket a = ticket(1);
    struct ticket b = ticket(2);
    yc_next(&a);
    printf("a %d\n", yc_value(&a));
    // CHECK: a 1100
    yc_next(&b);
    printf("b %d\n", yc_value(&b));
    // CHECK-NEXT: b 2101
    yc_next(&a);
    printf("a %d\n", yc_value(&a));
    // CHECK-NEXT: a 1102
    yc_next(&b);
    printf("b %d\n", yc_value(&b));
    // CHECK-NEXT: b 2103
    yc_next(&a);
    printf("a %c\n", yc_value(&a));
    // CHECK-NEXT: a T
    bool more = yc_next(&a);
    printf("next %d %d\n", more, yc_result(&a));
    // CHECK-NEXT: next 0 104
    struct ticket c = ticket(3);
    yc_next(&c);
    printf("c %d\n", yc_value(&c));
    // CHECK-NEXT: c 3104
    yc_next(&b);
    yc_next(&b);
    printf("b result %d done %d\n", yc_result(&b), yc_done(&b));
    // CHECK-NEXT: b result 105 done 1
    return 0;
}

// A generator with no yield at all: constructing it runs nothing, the first yc_next runs the whole body and returns false.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int runs;

generator(int) int plain(int a, int b)
{
    runs++;
    printf("body runs with %d %d\n", a, b);
    return a * b;
}

int main(void)
{
    struct plain g = plain(6, 7);
    printf("created runs %d done %d result %d value %d\n", runs, yc_done(&g), yc_result(&g), yc_value(&g));
    // CHECK: created runs 0 done 0 result 0 value 0
    bool more = yc_next(&g);
    // CHECK-NEXT: body runs with 6 7
    printf("next %d runs %d done %d result %d value %d\n", more, runs, yc_done(&g), yc_result(&g), yc_value(&g));
    // CHECK-NEXT: next 0 runs 1 done 1 result 42 value 0
    more = yc_next(&g);
    printf("again %d runs %d result %d\n", more, runs, yc_result(&g));
    // CHECK-NEXT: again 0 runs 1 result 42
    return 0;
}

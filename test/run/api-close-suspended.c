// yc_close on a suspended generator: it is done afterwards, yc_next returns false and runs nothing, the result stays zero; closing a fresh or finished one is harmless.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int ran;

generator(int) int worker(int n)
{
    for (int i = 0; i < n; i++) {
        ran++;
        yield i;
    }
    ran += 100;
    return 42;
}

int main(void)
{
    struct worker g = worker(5);
    yc_next(&g);
    yc_next(&g);
    printf("value %d ran %d done %d\n", yc_value(&g), ran, yc_done(&g));
    // CHECK: value 1 ran 2 done 0
    yc_close(&g);
    printf("closed done %d ran %d result %d\n", yc_done(&g), ran, yc_result(&g));
    // CHECK-NEXT: closed done 1 ran 2 result 0
    bool more = yc_next(&g);
    printf("next %d ran %d done %d result %d\n", more, ran, yc_done(&g), yc_result(&g));
    // CHECK-NEXT: next 0 ran 2 done 1 result 0
    yc_close(&g);
    printf("closed again done %d ran %d\n", yc_done(&g), ran);
    // CHECK-NEXT: closed again done 1 ran 2

    struct worker fresh = worker(5);
    yc_close(&fresh);
    more = yc_next(&fresh);
    printf("fresh closed next %d done %d ran %d\n", more, yc_done(&fresh), ran);
    // CHECK-NEXT: fresh closed next 0 done 1 ran 2

    struct worker fin = worker(0);
    more = yc_next(&fin);
    yc_close(&fin);
    printf("finished next %d done %d result %d ran %d\n", more, yc_done(&fin), yc_result(&fin), ran);
    // CHECK-NEXT: finished next 0 done 1 result 42 ran 102
    return 0;
}

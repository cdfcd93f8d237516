// yc_next after the end (by return, by falling off the end) returns false every time and runs nothing; value and result stay as they were.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int effects;

generator(int) int short_lived(void)
{
    effects++;
    yield 7;
    effects++;
    return 9;
    effects += 1000;
}

generator(int) int falls(void)
{
    effects += 10;
    yield 8;
    effects += 10;
}

int main(void)
{
    struct short_lived g = short_lived();
    bool r1 = yc_next(&g);
    bool r2 = yc_next(&g);
    printf("%d %d effects %d value %d result %d\n", r1, r2, effects, yc_value(&g), yc_result(&g));
    // CHECK: 1 0 effects 2 value 7 result 9
    for (int k = 0; k < 3; k++) {
        bool r = yc_next(&g);
        printf("again %d effects %d done %d value %d result %d\n", r, effects, yc_done(&g), yc_value(&g), yc_result(&g));
    }
    // CHECK-NEXT: again 0 effects 2 done 1 value 7 result 9
    // CHECK-NEXT: again 0 effects 2 done 1 value 7 result 9
    // CHECK-NEXT: again 0 effects 2 done 1 value 7 result 9

    struct falls f = falls();
    while (yc_next(&f))
        ;
    printf("falls effects %d\n", effects);
    // CHECK-NEXT: falls effects 22
    bool r = yc_next(&f);
    struct yc_gen h = yc_handle(&f);
    bool rh = yc_gen_next(h);
    printf("falls again %d %d effects %d done %d value %d\n", r, rh, effects, yc_gen_done(h), yc_value(&f));
    // CHECK-NEXT: falls again 0 0 effects 22 done 1 value 8
    return 0;
}

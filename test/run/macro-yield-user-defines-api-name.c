// The file's own macro named like one of the runtime's (yc_done, yc_send
// redefined after #undef) is the user's: expanded in place like any other
// when it writes a yield or holds one in an argument, not kept as written
// (as yieldc.h's own are in an expansion) nor refused.  With yieldc.h's
// yc_done in force again after a #pragma pop_macro, a later generator's
// expansion keeps it.  (Found by review: a yc_done of the file's own was
// refused, "must be expanded in place, but its expansion still needs
// expanding after 4 rounds".)
// RUN: %check-run %s %t | FileCheck %s
#include <stdbool.h>
#include <stdio.h>
#include <yieldc.h>

generator(int) int two(int base)
{
    yield base + 1;
    yield base + 2;
    return base * 10;
}

#pragma push_macro("yc_done")
#pragma push_macro("yc_send")
#undef yc_done
#undef yc_send
// done, or not yet: then a -1 is yielded first
#define yc_done(g) ((g)->yc_state == 255 || (yield -1, 0))
// "send" to a generator without a send type: step it, add the value
#define yc_send(g, v) (yc_next(g) + (v))

generator(int, int) int own(void)
{
    struct two t = two(1);
    int steps = 0;
    while (!yc_done(&t))
        steps = yc_send(&t, (yield steps));
    return yc_result(&t);
}
#pragma pop_macro("yc_send")
#pragma pop_macro("yc_done")

#define DRAIN(g) while (!yc_done(g) && yc_next(g)) yield yc_value(g)

generator(int) int runtime_again(void)
{
    struct two t = two(5);
    DRAIN(&t);
    return yc_result(&t);
}

int main(void)
{
    struct own o = own();
    int k = 100;
    while (yc_send(&o, k))
        printf("own %d\n", yc_value(&o)), k += 100;
    printf("own result %d\n", yc_result(&o));
    // CHECK: own -1
    // CHECK-NEXT: own 0
    // CHECK-NEXT: own -1
    // CHECK-NEXT: own 301
    // CHECK-NEXT: own -1
    // CHECK-NEXT: own 501
    // CHECK-NEXT: own result 10
    struct runtime_again r = runtime_again();
    while (yc_next(&r))
        printf("again %d\n", yc_value(&r));
    printf("again result %d\n", yc_result(&r));
    // CHECK-NEXT: again 6
    // CHECK-NEXT: again 7
    // CHECK-NEXT: again result 50
    return 0;
}

// A cleanup the body calls at a jump out of its scope, where an inner variable of the same name hides it, runs on the right variable.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void say(int *p) { printf("cleanup %d\n", *p); }
static void say_l(long *p) { printf("cleanup-l %ld\n", *p); }

/* how: 0 return, 1 break, 2 goto, 3 falls through */
generator(int, int) int g(int how)
{
    for (int i = 0; i < 2; i++) {
        __attribute__((cleanup(say_l))) long c = 10 + i;
        yield (int)c;
        __attribute__((cleanup(say))) int d = 20 + i;    /* after c: called by the body too */
        {
            int c = (yield 1) + 30, d = 40;     /* hide both at the jumps */
            if (how == 0)
                return c + d;
            if (how == 1)
                break;
            if (how == 2)
                goto out;
        }
    }
out:
    return -1;
}

int main(void)
{
    for (int how = 0; how < 4; how++) {
        printf("-- how %d\n", how);
        struct g t = g(how);
        while (yc_next(&t))
            printf("value %d\n", yc_value(&t));
        printf("result %d\n", yc_result(&t));
    }
    return 0;
}
// CHECK-LABEL: -- how 0
// CHECK-NEXT: value 10
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 20
// CHECK-NEXT: cleanup-l 10
// CHECK-NEXT: result 70
// CHECK-LABEL: -- how 1
// CHECK-NEXT: value 10
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 20
// CHECK-NEXT: cleanup-l 10
// CHECK-NEXT: result -1
// CHECK-LABEL: -- how 2
// CHECK-NEXT: value 10
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 20
// CHECK-NEXT: cleanup-l 10
// CHECK-NEXT: result -1
// CHECK-LABEL: -- how 3
// CHECK-NEXT: value 10
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 20
// CHECK-NEXT: cleanup-l 10
// CHECK-NEXT: value 11
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 21
// CHECK-NEXT: cleanup-l 11
// CHECK-NEXT: result -1

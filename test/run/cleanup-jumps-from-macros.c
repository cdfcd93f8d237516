// A return, break, continue or goto written in a macro leaves the scope of a local with a cleanup
// that lives across a yield: the macro is expanded in place and the cleanup runs, in order, on
// each of those ways out.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void drop(int *p) { printf("drop %d\n", *p); }
#define BAIL(c) do { if (c) return -1; } while (0)
#define NEXT_IF(c) if (c) continue
#define STOP_IF(c) if (c) break
#define LEAVE() goto out

generator(int) int g(int n)
{
    for (int i = 0; i < 4; i++) {
        __attribute__((cleanup(drop))) int x = 10 + i;
        yield x;
        NEXT_IF(i == 0);
        STOP_IF(i == 2);
        printf("end of iteration %d\n", i);
    }
    {
        __attribute__((cleanup(drop))) int y = 20;
        yield y;
        if (n == 1)
            LEAVE();
        __attribute__((cleanup(drop))) int z = 30;
        yield z;
        BAIL(n == 2);
    }
out:
    return n;
}

int main(void)
{
    for (int n = 1; n <= 3; n++) {
        printf("-- g(%d)\n", n);
        struct g s = g(n);
        while (yc_next(&s))
            printf("value %d\n", yc_value(&s));
        printf("result %d\n", yc_result(&s));
    }
    return 0;
}
// CHECK: -- g(1)
// CHECK-NEXT: value 10
// CHECK-NEXT: drop 10
// CHECK-NEXT: value 11
// CHECK-NEXT: end of iteration 1
// CHECK-NEXT: drop 11
// CHECK-NEXT: value 12
// CHECK-NEXT: drop 12
// CHECK-NEXT: value 20
// CHECK-NEXT: drop 20
// CHECK-NEXT: result 1
// CHECK-NEXT: -- g(2)
// CHECK-NEXT: value 10
// CHECK-NEXT: drop 10
// CHECK-NEXT: value 11
// CHECK-NEXT: end of iteration 1
// CHECK-NEXT: drop 11
// CHECK-NEXT: value 12
// CHECK-NEXT: drop 12
// CHECK-NEXT: value 20
// CHECK-NEXT: value 30
// CHECK-NEXT: drop 30
// CHECK-NEXT: drop 20
// CHECK-NEXT: result -1
// CHECK-NEXT: -- g(3)
// CHECK-NEXT: value 10
// CHECK-NEXT: drop 10
// CHECK-NEXT: value 11
// CHECK-NEXT: end of iteration 1
// CHECK-NEXT: drop 11
// CHECK-NEXT: value 12
// CHECK-NEXT: drop 12
// CHECK-NEXT: value 20
// CHECK-NEXT: value 30
// CHECK-NEXT: drop 30
// CHECK-NEXT: drop 20
// CHECK-NEXT: result 3

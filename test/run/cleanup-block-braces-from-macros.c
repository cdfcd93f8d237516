// A block with a cleanup whose braces a macro writes (`#define END }`, a
// macro that writes a whole block): the cleanups yieldc runs at the `}` go
// before it (they were written inside the macro's name: "EN drop(&c); D").
// The macros are expanded in place, both braces, so that the text's braces
// still pair.
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: 3
// CHECK-NEXT: drop 3
// CHECK-NEXT: 4
// CHECK-NEXT: drop 4
// CHECK-NEXT: drop 3
// CHECK-NEXT: result 2
// CHECK-NEXT: closed: drop 3
// CHECK-NEXT: done 1
#include <stdio.h>
#include <yieldc.h>

static void drop(int *p) { printf("drop %d\n", *p); }
#define BEGIN {
#define END }
#define SCOPE(x) { x }

generator(int) int g(int n)
{
    int total = 0;
    BEGIN
        __attribute__((cleanup(drop))) int c = n;
        yield c;
        if (c)
            total++; END
    SCOPE(__attribute__((cleanup(drop))) int d = n + 1; yield d; total++;)
    BEGIN
        __attribute__((cleanup(drop))) int e = n;
        (void)e;
    END
    return total;
}

int main(void)
{
    struct g a = g(3);
    while (yc_next(&a))
        printf("%d\n", yc_value(&a));
    printf("result %d\n", yc_result(&a));
    struct g b = g(3);
    yc_next(&b);
    printf("closed: ");
    yc_close(&b);
    printf("done %d\n", yc_done(&b) ? 1 : 0);
    return 0;
}

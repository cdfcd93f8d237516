// A cleanup attribute among a declaration's specifiers covers every
// declarator; where a later declarator's initializer yields, yieldc splits
// the declaration in one per declarator, each with the specifiers, and
// must leave the attribute out of every copy (it calls the cleanups
// itself).  It was copied as written: gcc's build ran the cleanups at
// every suspension (a double free in real code), clang refused the
// output ("jump bypasses initialization of variable with
// __attribute__((cleanup))").
// RUN: %check-run --sanitize %s %t | FileCheck %s
#include <stdio.h>
#include <stdlib.h>
#include <yieldc.h>

static void cl(int *p) { printf("cl %d\n", *p); }
static void freep(char **p) { free(*p); }
#define _cleanup_free_ __attribute__((cleanup(freep)))

generator(int, int) int after(void)
{
    int __attribute__((cleanup(cl))) c1 = 10, c2 = (yield 3);
    yield 4;
    return c1 + c2;
}

generator(int, int) int before(void)
{
    int __attribute__((cleanup(cl))) c1 = (yield 5), c2 = 20, c3 = c1 + (yield 6);
    yield 7;
    return c1 + c2 + c3;
}

generator(int, int) int freed(void)
{
    _cleanup_free_ char *a = malloc(8), *b = (yield 8) ? malloc(16) : NULL;
    yield a != NULL && b != NULL;
    return 1;
}

int main(void)
{
    struct after a = after();
    struct before b = before();
    struct freed f = freed();
    while (yc_send(&a, 7))
        printf("y %d\n", yc_value(&a));
    printf("after %d\n", yc_result(&a));
    // CHECK: y 3
    // CHECK-NEXT: y 4
    // CHECK-NEXT: cl 7
    // CHECK-NEXT: cl 10
    // CHECK-NEXT: after 17
    while (yc_send(&b, 1))
        printf("y %d\n", yc_value(&b));
    printf("before %d\n", yc_result(&b));
    // CHECK-NEXT: y 5
    // CHECK-NEXT: y 6
    // CHECK-NEXT: y 7
    // CHECK-NEXT: cl 2
    // CHECK-NEXT: cl 20
    // CHECK-NEXT: cl 1
    // CHECK-NEXT: before 23
    yc_next(&f);
    yc_send(&f, 1);
    printf("freed %d\n", yc_value(&f));
    yc_close(&f);       /* frees both while suspended */
    // CHECK-NEXT: freed 1
    return 0;
}

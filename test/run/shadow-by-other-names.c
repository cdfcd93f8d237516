// A local hidden at a yield by a name of the body that is not a variable's
// (an enum constant, a typedef, a block-scope function declaration) keeps
// its value, and the name means the other there: the local lives in the
// frame, as one an inner variable hides.  (The output copied the local by
// its name inside the other's scope: `yc_f->i = i` wrote the enum constant,
// `i = yc_f->i` did not compile.)  So where the name is declared in the
// yield's own operand (the copies follow it), and where a cleanup the
// output calls at a jump would take the hidden local's address.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int five(void)
{
    return 5;
}

int five_(void);

generator(int) int g(void)
{
    int i = 3, t = 4, five_ = 6;
    {
        enum { i = 5 };
        yield i;
    }
    yield i;
    {
        typedef long t;
        yield (int)sizeof(t);
    }
    yield t;
    {
        int five_(void);
        yield five_();
    }
    yield five_;
    return i + t;
}

int five_(void)
{
    return five() * 10;
}

generator(int) void in_operand(int n)
{
    for (int i = 0; i < n; i++)
        yield (enum { i = 40 })0 + i;
    int k = 1;
    while (k < 3) {
        {
            yield (enum { k = 50 })0 + k;
        }
        k++;
    }
}

static void pr(int *p)
{
    printf("cleanup %d\n", *p);
}

generator(int) int at_jump(int n)
{
    __attribute__((cleanup(pr))) int x = 1;
    yield 0;
    if (n) {
        enum { x = 5 };
        printf("x=%d\n", x);
        return 7;
    }
    return 0;
}

int main(void)
{
    struct in_operand io = in_operand(2);
    while (yc_next(&io))
        printf("in_operand %d\n", yc_value(&io));
    // CHECK: in_operand 40
    // CHECK-NEXT: in_operand 40
    // CHECK-NEXT: in_operand 50
    // CHECK-NEXT: in_operand 50
    struct at_jump aj = at_jump(1);
    while (yc_next(&aj))
        printf("at_jump %d\n", yc_value(&aj));
    printf("at_jump -> %d\n", yc_result(&aj));
    // CHECK-NEXT: at_jump 0
    // CHECK-NEXT: x=5
    // CHECK-NEXT: cleanup 1
    // CHECK-NEXT: at_jump -> 7
    struct g x = g();
    while (yc_next(&x))
        printf("%d\n", yc_value(&x));
    printf("-> %d\n", yc_result(&x));
    return 0;
}
// CHECK-NEXT: 5
// CHECK-NEXT: 3
// CHECK-NEXT: 8
// CHECK-NEXT: 4
// CHECK-NEXT: 50
// CHECK-NEXT: 6
// CHECK-NEXT: -> 7

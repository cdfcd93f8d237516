// A local hidden at a yield by a name of the body that is not a variable's
// (an enum constant, a typedef, a block-scope function declaration) keeps
// its value, and the name means the other there: the local lives in the
// frame, as one an inner variable hides.  (The output copied the local by
// its name inside the other's scope: `yc_f->i = i` wrote the enum constant,
// `i = yc_f->i` did not compile.)
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

int main(void)
{
    struct g x = g();
    while (yc_next(&x))
        printf("%d\n", yc_value(&x));
    printf("-> %d\n", yc_result(&x));
    return 0;
}
// CHECK: 5
// CHECK-NEXT: 3
// CHECK-NEXT: 8
// CHECK-NEXT: 4
// CHECK-NEXT: 50
// CHECK-NEXT: 6
// CHECK-NEXT: -> 7

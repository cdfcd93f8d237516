// Macros around yields, as real code writes them: a local that lives in the frame (its address is
// taken) named inside a macro's body, a yield in the argument of a macro that evaluates it once or
// twice, __func__ inside a macro; each macro involved is expanded in place.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define FIRST() (buf[0] + x)
#define TWICE(v) ((v) + (v))
#define ONCE(v) (v)
#define WHERE() printf("in %s\n", __func__)

generator(int, int) int g(int n)
{
    int buf[4] = { n, 0, 0, 0 };
    int x = n, *px = &x;
    WHERE();
    yield *px;
    yield FIRST();
    int a = ONCE(1 + (yield 2));
    int b = TWICE((yield 3));
    printf("%s: a %d b %d\n", __func__, a, b);
    return a + b;
}

int main(void)
{
    struct g s = g(5);
    int k = 100;
    while (yc_send(&s, k++))
        printf("value %d\n", yc_value(&s));
    printf("result %d\n", yc_result(&s));
    return 0;
}
// CHECK: in g
// CHECK-NEXT: value 5
// CHECK-NEXT: value 10
// CHECK-NEXT: value 2
// CHECK-NEXT: value 3
// CHECK-NEXT: value 3
// CHECK-NEXT: g: a 104 b 209
// CHECK-NEXT: result 313

// Cleanups in every spelling -- direct, through object-like, function-like and nested macros (systemd's
// _cleanup_(f)), __cleanup__, in a list with other attributes, after the declarator, on several
// declarators at once -- run as in GNU C: on every way out of their scope (innermost and last declared
// first), never at a suspension, and at yc_close for those in scope where the generator is suspended.
// RUN: %check-run --sanitize %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void say(int *p) { printf("cleanup %d\n", *p); }
#define AUTO __attribute__((cleanup(say)))
#define _cleanup_(f) __attribute__((cleanup(f)))
#define _cleanup_say_ _cleanup_(say)

generator(int) int spellings(void)
{
    __attribute__((cleanup(say))) int a = 1;
    yield 10;
    {
        AUTO int b = 2;
        yield 20;
        _cleanup_(say) int c = 3;
        yield 30;
        {
            _cleanup_say_ int d = 4, e = 5;
            yield 40;
            __attribute__((unused, cleanup(say))) int f = 6;
            int g __attribute__((__cleanup__(say))) = 7;
            yield 50;
        }
        yield 60;
    }
    yield 70;
    return a;
}

generator(int) int jumps(int n)
{
    for (int i = 0; i < n; i++) {
        _cleanup_(say) int x = i;
        yield x;
        if (i == 1)
            continue;
        if (i == 2)
            break;
    }
    {
        AUTO int y = 100;
        yield y;
        if (n > 3)
            goto out;
        yield y + 1;
    }
out:
    {
        _cleanup_say_ int z = 200;
        yield z;
        if (n > 4)
            return z;       /* the value first, then the cleanup */
    }
    return 0;
}

int main(void)
{
    struct spellings s = spellings();
    while (yc_next(&s))
        printf("value %d\n", yc_value(&s));
    printf("result %d\n", yc_result(&s));
    for (int k = 1; k <= 8; k++) {
        printf("-- close after %d\n", k);
        struct spellings c = spellings();
        for (int i = 0; i < k; i++)
            yc_next(&c);
        yc_close(&c);
        printf("done %d next %d\n", yc_done(&c), yc_next(&c));
    }
    for (int n = 3; n <= 5; n += 2) {
        printf("-- jumps(%d)\n", n);
        struct jumps j = jumps(n);
        while (yc_next(&j))
            printf("value %d\n", yc_value(&j));
        printf("result %d\n", yc_result(&j));
    }
    return 0;
}
// CHECK: value 10
// CHECK-NEXT: value 20
// CHECK-NEXT: value 30
// CHECK-NEXT: value 40
// CHECK-NEXT: value 50
// CHECK-NEXT: cleanup 7
// CHECK-NEXT: cleanup 6
// CHECK-NEXT: cleanup 5
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: value 60
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: value 70
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: result 1
// CHECK-NEXT: -- close after 1
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: done 1 next 0
// CHECK-NEXT: -- close after 2
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: done 1 next 0
// CHECK-NEXT: -- close after 3
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: done 1 next 0
// CHECK-NEXT: -- close after 4
// CHECK-NEXT: cleanup 5
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: done 1 next 0
// CHECK-NEXT: -- close after 5
// CHECK-NEXT: cleanup 7
// CHECK-NEXT: cleanup 6
// CHECK-NEXT: cleanup 5
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: done 1 next 0
// CHECK-NEXT: -- close after 6
// CHECK-NEXT: cleanup 7
// CHECK-NEXT: cleanup 6
// CHECK-NEXT: cleanup 5
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: done 1 next 0
// CHECK-NEXT: -- close after 7
// CHECK-NEXT: cleanup 7
// CHECK-NEXT: cleanup 6
// CHECK-NEXT: cleanup 5
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: done 1 next 0
// CHECK-NEXT: -- close after 8
// CHECK-NEXT: cleanup 7
// CHECK-NEXT: cleanup 6
// CHECK-NEXT: cleanup 5
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: done 1 next 0
// CHECK-NEXT: -- jumps(3)
// CHECK-NEXT: value 0
// CHECK-NEXT: cleanup 0
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: value 2
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: value 100
// CHECK-NEXT: value 101
// CHECK-NEXT: cleanup 100
// CHECK-NEXT: value 200
// CHECK-NEXT: cleanup 200
// CHECK-NEXT: result 0
// CHECK-NEXT: -- jumps(5)
// CHECK-NEXT: value 0
// CHECK-NEXT: cleanup 0
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: value 2
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: value 100
// CHECK-NEXT: cleanup 100
// CHECK-NEXT: value 200
// CHECK-NEXT: cleanup 200
// CHECK-NEXT: result 200

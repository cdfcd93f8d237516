// Cleanups run in reverse order of declaration (GNU C) on every way out of a scope, when one lives across a yield and those declared after it do not.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void say(int *p) { printf("cleanup %d\n", *p); }

/* how: 0 block end, 1 return with a value, 2 break, 3 continue, 4 goto */
generator(int) int g(int how)
{
    __attribute__((cleanup(say))) int before = 0;
    for (int i = 0; i < 2; i++) {
        __attribute__((cleanup(say))) int a = 1;
        yield a;
        __attribute__((cleanup(say))) int b = 2;
        {
            __attribute__((cleanup(say))) int c = 3;
            __attribute__((cleanup(say))) int d = 4;
            if (how == 1)
                return c + d;
            if (how == 2)
                break;
            if (how == 3)
                continue;
            if (how == 4)
                goto out;
            printf("inner end\n");
        }
        printf("loop end %d\n", b);
    }
out:
    printf("out\n");
    {
        __attribute__((cleanup(say))) int e = 5;
        yield e;
        __attribute__((cleanup(say))) int f = 6;
        (void)f;
    }
    return 0;
}

int main(void)
{
    for (int how = 0; how < 5; how++) {
        printf("-- how %d\n", how);
        struct g t = g(how);
        while (yc_next(&t))
            printf("value %d\n", yc_value(&t));
        printf("result %d\n", yc_result(&t));
    }
    return 0;
}
// CHECK-LABEL: -- how 0
// CHECK-NEXT: value 1
// CHECK-NEXT: inner end
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: loop end 2
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: value 1
// CHECK-NEXT: inner end
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: loop end 2
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: out
// CHECK-NEXT: value 5
// CHECK-NEXT: cleanup 6
// CHECK-NEXT: cleanup 5
// CHECK-NEXT: cleanup 0
// CHECK-NEXT: result 0
// CHECK-LABEL: -- how 1
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: cleanup 0
// CHECK-NEXT: result 7
// CHECK-LABEL: -- how 2
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: out
// CHECK-LABEL: -- how 3
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: out
// CHECK-LABEL: -- how 4
// CHECK-NEXT: value 1
// CHECK-NEXT: cleanup 4
// CHECK-NEXT: cleanup 3
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: out

// A cleanup written as a C2x attribute, [[gnu::cleanup(f)]] and [[gnu::__cleanup__(f)]] (alone
// and in a list), under -std=c2x: the same behaviour as __attribute__((cleanup(f))).
// RUN: %yieldc %s -o %t.c -- -std=c2x
// RUN: %gcc %cflags -std=c2x %t.c -o %t.gcc && %t.gcc | FileCheck %s
// RUN: %clang %cflags -std=c2x %t.c -o %t.clang && %t.clang | FileCheck %s
// RUN: %clang %cflags -std=c2x -g -fsanitize=address,undefined -fno-sanitize-recover=all %t.c -o %t.asan && %t.asan | FileCheck %s
// RUN: %gcc %cflags -std=c2x -g -fsanitize=address,undefined -fno-sanitize-recover=all %t.c -o %t.gasan && %t.gasan | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void say(int *p) { printf("cleanup %d\n", *p); }

generator(int) int g(void)
{
    [[gnu::cleanup(say)]] int a = 1;
    yield 10;
    {
        [[gnu::unused, gnu::__cleanup__(say)]] int b = 2;
        yield 20;
    }
    yield 30;
    return a;
}

int main(void)
{
    struct g s = g();
    while (yc_next(&s))
        printf("value %d\n", yc_value(&s));
    printf("result %d\n", yc_result(&s));
    struct g c = g();
    yc_next(&c);
    yc_next(&c);
    printf("-- close\n");
    yc_close(&c);
    return 0;
}
// CHECK: value 10
// CHECK-NEXT: value 20
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: value 30
// CHECK-NEXT: cleanup 1
// CHECK-NEXT: result 1
// CHECK-NEXT: -- close
// CHECK-NEXT: cleanup 2
// CHECK-NEXT: cleanup 1

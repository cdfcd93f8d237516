// Resuming a running generator from inside its own body is detected: a message naming the generator on stderr, then abort().
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags %t.c -o %t.gcc
// RUN: not --crash %t.gcc 2>&1 | FileCheck %s
// RUN: %clang %cflags %t.c -o %t.clang
// RUN: not --crash %t.clang 2>&1 | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int reenter_me(void);

static struct reenter_me *self_ptr;

generator(int) int reenter_me(void)
{
    yield 1;
    printf("resuming myself\n");
    fflush(stdout);
    bool r = yc_next(self_ptr);
    printf("not reached %d\n", r);
    fflush(stdout);
    return 0;
}

int main(void)
{
    struct reenter_me g = reenter_me();
    self_ptr = &g;
    yc_next(&g);
    printf("first %d\n", yc_value(&g));
    fflush(stdout);
    yc_next(&g);
    printf("main not reached\n");
    fflush(stdout);
    return 0;
}
// CHECK: first 1
// CHECK-NEXT: resuming myself
// CHECK-NEXT: {{.*}}reenter_me
// CHECK-NOT: not reached

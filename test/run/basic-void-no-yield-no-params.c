// A void generator with no yield and no parameters: its body never needs
// the frame (the output used to leave the frame parameter unused, an error
// under -Wextra -Werror).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) void hello(void) { printf("hello\n"); }

int main(void)
{
    struct hello h = hello();
    printf("%d\n", yc_next(&h));
    printf("%d\n", yc_done(&h));
    return 0;
}
// CHECK: hello
// CHECK-NEXT: 0
// CHECK-NEXT: 1

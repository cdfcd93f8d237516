// A line splice right before a punctuator or inside a number is part of
// that token for clang (`\<newline>;` is one token), and C reads the token
// without it: a yield's operand ends at such a `;`, `)`, `,` or `:`, a
// `for`'s head is split at its `;`s, blocks at their braces, digraphs too.
// (A `;` after `\<newline>` ended no operand: "unexpected ';' before ')'".)
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

generator(int) int f(int k)
{
    yield 70\
;
    while (k < 2\
) yield k++;
    int s = (yield 1\
2, 3\
);
    s += k ?\
 (yield s, 1) :\
 0;
    for (int i = 0\
; i < 2\
; i++\
) yield i * 100;
    for (int j = 0; (yield j + 1000\
, j) < 1; j++\
)
        (void)0;
    if (s) <\
% yield s; %\
>
    return s\
;
\
}

int main(void)
{
    struct f g = f(0);
    while (yc_next(&g))
        printf("%d\n", yc_value(&g));
    printf("-> %d\n", yc_result(&g));
    return 0;
}
// CHECK: 70
// CHECK-NEXT: 0
// CHECK-NEXT: 1
// CHECK-NEXT: 12
// CHECK-NEXT: 3
// CHECK-NEXT: 0
// CHECK-NEXT: 100
// CHECK-NEXT: 1000
// CHECK-NEXT: 1001
// CHECK-NEXT: 4
// CHECK-NEXT: -> 4

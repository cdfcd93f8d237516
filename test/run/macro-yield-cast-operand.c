// A macro whose yield's operand begins with a cast or a compound literal
// (`yield (int)a`, `yield (struct tok){ ... }`), used many times, in
// unbraced if/else branches too.  clang reads such a `yield (T)...` in the
// view as a call given a type ("expected expression", without the word
// 'yield'), so only some invocations were found each round of reading,
// and the rounds ran out: refused with "expected expression" and "must be
// expanded in place, but its expansion still needs expanding after 4
// rounds".  Every invocation of a macro found writing a yield is expanded
// now.  (Found by an outside run of real-world programs: a tokenizer.)
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define Y(a) yield (int)a
struct tok { int kind, len; };
#define EMIT(k, n) yield (struct tok){ .kind = (k), .len = (n) }

generator(int) int casts(int c)
{
    Y(0);
    if (c) Y(4); else Y(5);
    Y(6);
    if (!c) Y(7); else Y(8);
    for (int i = 0; i < 2; i++)
        if (i) Y(10 + i); else Y(20 + i);
    Y(9);
    return c;
}

generator(struct tok) void tokens(const char *p)
{
    EMIT(0, 0);
    for (; *p; p++)
        if (*p == '(') EMIT(1, 1); else if (*p == ')') EMIT(2, 1); else EMIT(3, 1);
    EMIT(9, 0);
}

int main(void)
{
    for (int c = 0; c < 2; c++) {
        struct casts g = casts(c);
        while (yc_next(&g))
            printf("%d ", yc_value(&g));
        printf("-> %d\n", yc_result(&g));
    }
    struct tokens t = tokens("(x)");
    while (yc_next(&t))
        printf("%d:%d ", yc_value(&t).kind, yc_value(&t).len);
    printf("\n");
    return 0;
}
// CHECK: 0 5 6 7 20 11 9 -> 0
// CHECK-NEXT: 0 4 6 8 20 11 9 -> 1
// CHECK-NEXT: 0:0 1:1 3:1 2:1 9:0

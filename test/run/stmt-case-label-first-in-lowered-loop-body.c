// A loop whose test or increment yields, inside the user's switch, whose body
// begins with a `case` or `default` label (Duff's device: the switch jumps
// into the loop). The lowered test, `if (!(...)) { break; }`, fell through
// into that label, which gcc's -Wimplicit-fallthrough (in -Wextra, an error
// under -Werror) reports on code the input does not have; the output puts
// the body inside the test instead, `if (...) { BODY } else { break; }`
// (gcc also rejects `__attribute__((fallthrough));` before a block that
// declares). Braceless and braced bodies, with and without declarations,
// the label inside inner braces, after a label of the user's or after an
// empty statement or block, `for`,
// `while` and `do`, each entered at the top and through the label.
// RUN: %check-run %s %t | FileCheck %s --match-full-lines
// CHECK: for 0: 0 1 2 = 3
// CHECK-NEXT: for 1: 0 1 2 = 3
// CHECK-NEXT: braced 0: 0 1 = 20
// CHECK-NEXT: braced 1: 5 = 10
// CHECK-NEXT: while 0: 0 1 2 = 2
// CHECK-NEXT: while 1: 0 1 2 = 103
// CHECK-NEXT: do 0: 0 1 2 = 3
// CHECK-NEXT: do 1: 0 1 2 = 3
// CHECK-NEXT: inner 0: 0 1 2 = 3
// CHECK-NEXT: inner 1: 0 1 2 = 3
// CHECK-NEXT: label 0: 0 1 2 = 3
// CHECK-NEXT: label 1: 0 1 2 = 3
// CHECK-NEXT: empty 0: 0 1 2 = 3
// CHECK-NEXT: empty 1: 0 1 2 = 3
#include <yieldc.h>
#include <stdio.h>

generator(int) int for_braceless(int n, int s)
{
    int x = 0, i = 0;
    switch (s) {
    case 0:
        for (i = 0; i < n; (yield i), i++)
    case 1:
            x++;
        break;
    }
    return x;
}

generator(int) int for_braced(int n, int s)
{
    int x = 0, i = 0;
    switch (s) {
    case 0:
        for (i = 0; i < n; (yield i), i++) {
    default:
            x += 10;
            int to = 5;
            if (s)
                i = to;
        }
    }
    return x;
}

generator(int, int) int while_sent(int s)
{
    int x = 0;
    switch (s) {
    case 0:
        while ((yield x) < 3)
    case 1:
            x++;
        break;
    }
    return x + 100 * s;
}

generator(int) int do_while(int n, int s)
{
    int x = 0;
    switch (s) {
    case 0:
        do
    case 1:
            x++;
        while (((yield x - 1), x) < n);
    }
    return x;
}

generator(int) int inner_block(int n, int s)
{
    int x = 0, i = 0;
    switch (s) {
    case 0:
        for (i = 0; i < n; (yield i), i++) {
            {
    case 1:
                x++;
            }
        }
    }
    return x;
}

generator(int) int user_label(int n, int s)
{
    int x = 0, i = 0;
    switch (s) {
    case 0:
        for (i = 0; i < n; (yield i), i++) {
        again:
    case 1:
            x++;
            if (x == 100)
                goto again;
        }
    }
    return x;
}

generator(int) int after_empty(int n, int s)
{
    int x = 0, i = 0;
    switch (s) {
    case 0:
        for (i = 0; i < n; (yield i), i++) {
            ;
            {}
    case 1:
            x++;
        }
    }
    return x;
}

/* runs generator G(n, s) for s = 0 (entered at the loop's top) and 1
   (entered at the label) */
#define RUN(label, G, n)                                    \
    for (int s = 0; s < 2; s++) {                           \
        struct G g = G(n, s);                               \
        printf("%s %d:", label, s);                         \
        while (yc_next(&g))                                 \
            printf(" %d", yc_value(&g));                    \
        printf(" = %d\n", yc_result(&g));                   \
    }

int main(void)
{
    RUN("for", for_braceless, 3)
    RUN("braced", for_braced, 2)
    for (int s = 0; s < 2; s++) {
        struct while_sent w = while_sent(s);
        printf("while %d:", s);
        int k = 0;
        while (yc_send(&w, k))
            printf(" %d", k++);
        printf(" = %d\n", yc_result(&w));
    }
    RUN("do", do_while, 3)
    RUN("inner", inner_block, 3)
    RUN("label", user_label, 3)
    RUN("empty", after_empty, 3)
    return 0;
}

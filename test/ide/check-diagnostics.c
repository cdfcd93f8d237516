// REQUIRES: clangd
// clang's diagnostics on a file with generators land where the file says
// them, yieldc's own (what it refuses) beside them; --check exits 1.  Where
// yieldc says clang's diagnostic in its own words (a conversion at a yield,
// the runtime's macros misused), only yieldc's is given: clangd's about the
// view ("No member named 'yc__pl_sent'") went beside it.
// RUN: not %yc_clangd --check %s --log=error > %t.out
// RUN: FileCheck %s < %t.out
#include <yieldc.h>
#include <stdio.h>

generator(char *) int names(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    yield "x";
    return undeclared_thing;
}

int main(void)
{
    struct names g = names(3);
    while (yc_next(&g))
        printf("%s\n", yc_value(&g));
    int r = yc_value(&g) + "no";
    int x = 0;
    yc_send(&g, 1);
    yc_next(&x);
    return yc_result(&g) + r;
}
// CHECK: check-diagnostics.c:17:12: error: Use of undeclared identifier 'undeclared_thing'
// CHECK-NEXT: check-diagnostics.c:25:26: error: Invalid operands to binary expression ('char *' and 'char[3]')
// CHECK-NEXT: check-diagnostics.c:15:15: error: cannot yield a value of type 'int' from generator 'names', whose yield type is 'char *'
// CHECK-NEXT: check-diagnostics.c:27:5: error: 'yc_send' on generator 'names', which has no send type: declare it generator(Y, S) to receive values
// CHECK-NEXT: check-diagnostics.c:28:5: error: 'yc_next' takes a pointer to a generator object, not a pointer to 'int'
// CHECK-NOT: {{.}}

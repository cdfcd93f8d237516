// Line splices inside a directive are taken out before anything else is
// read, as C does: a `\\` whose second backslash begins a splice is one
// backslash and then the next line's text (the directive goes on); a `/*`
// in a string or a `//` comment begins nothing.  (A comment closed by `*`
// splice `/`, which clang warns of: ide/view-edges.test.)  Where each directive ends decides what is code
// (a brace in a #define, never expanded here, must not be read as one of
// the program's).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

#define S "a\\
b"
#define BRACE_S "a\\
b" }
#define A 1 /* a * / */ + 1
#define T "/*"
#define BRACE_T "/*" }
#define U 2 // a /* in a line comment }
#define V 3 /* a ' and a " in a comment } */

generator(int) int g(void)
{
    yield A;
    yield U;
    yield V;
    return (int)sizeof S;
}

int main(void)
{
    struct g it = g();
    while (yc_next(&it))
        printf("%d ", yc_value(&it));
    printf("-> %d %s\n", yc_result(&it), T);
    // CHECK: 2 2 3 -> 3 /*
    return 0;
}

// Yields written by macros, more than clang reports in one parse: each
// such yield is an error to clang (`yield` undeclared, and the statement
// after it), and the parse stops reporting after 50 (-ferror-limit), so
// expanding only the invocations clang had reported took a round of
// reading for every 50 errors, and after four rounds valid input was
// refused ("'yield' inside macro ... is not supported").  Now every
// invocation of a macro whose definition says `yield`, itself or through
// other macros, the file's or a header's, is expanded in the first round
// (parse.c request_macros_writing_yield).  Here: one macro invoked three
// times for 300 yields, nested three deep; eight distinct macros of 40
// yields each; a header's macro invoked ten times (200 yields); eight
// distinct header macros of 30 yields each, through another macro.  Only
// when clang stops reporting (so a file with few errors keeps its macros as
// written), and not macros that merely name a yield macro's name (as a
// parameter) or `yield` (as a member).
// RUN: %check-run %s %t -I%S | FileCheck %s
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s --check-prefix=OUT
#include <stdio.h>
#include <yieldc.h>
#include "Inputs/yield-macros.h"

#define Y4 v += yield v; v += yield v; v += yield v; v += yield v;
#define Y20 Y4 Y4 Y4 Y4 Y4
#define Y100 Y20 Y20 Y20 Y20 Y20

/* Not macros that write a yield, though their definitions name one: a
   parameter named like one, and BOND_YIELD, a member named `yield` (from
   the header: a file with generators may not name one): kept as written */
#define APPLY(Y4, x) Y4(x)
#define twice(x) (2 * (x))

generator(int, int) int three_hundred(int v)
{
    struct bond bd = { APPLY(twice, 3) };
    v += BOND_YIELD(&bd) - 6;
    Y100 Y100 Y100
    return v;
}

#define MA v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2;
#define MB v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2;
#define MC v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2;
#define MD v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2;
#define ME v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2;
#define MF v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2;
#define MG v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2;
#define MH v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2; v += yield v * 2;

generator(int, int) int eight_macros(int v)
{
    MA
    MB
    MC
    MD
    ME
    MF
    MG
    MH
    return v;
}

generator(int, int) int from_header(int v)
{
    HDR_Y20 HDR_Y20 HDR_Y20 HDR_Y20 HDR_Y20
    HDR_Y20 HDR_Y20 HDR_Y20 HDR_Y20 HDR_Y20
    return v;
}

generator(int, int) int eight_header_macros(int v)
{
    HDR_M1 HDR_M2 HDR_M3 HDR_M4
    HDR_M5 HDR_M6 HDR_M7 HDR_M8
    return v;
}

#define DRIVE(what, g) \
    do { \
        long values = 0, sum = 0; \
        while (yc_send(&(g), 1)) { \
            values++; \
            sum += yc_value(&(g)) % 1000; \
        } \
        printf("%s: %ld values, sum %ld, result %d\n", what, values, sum, yc_result(&(g))); \
    } while (0)

int main(void)
{
    struct three_hundred a = three_hundred(0);
    DRIVE("three_hundred", a);
    struct eight_macros b = eight_macros(0);
    DRIVE("eight_macros", b);
    struct from_header c = from_header(0);
    DRIVE("from_header", c);
    struct eight_header_macros d = eight_header_macros(1000);
    DRIVE("eight_header_macros", d);
    return 0;
}
// CHECK: three_hundred: 300 values, sum 44850, result 300
// CHECK-NEXT: eight_macros: 320 values, sum 102080, result 320
// CHECK-NEXT: from_header: 200 values, sum 20100, result 200
// CHECK-NEXT: eight_header_macros: 240 values, sum 28600, result 1240
// (through %nochecks: each of these lines matched itself, copied into the output)
// OUT: struct bond yc_init_bd = { APPLY(twice, 3) }; yc_f->bd = yc_init_bd;
// OUT-NEXT: v += BOND_YIELD(&yc_f->bd) - 6;

// REQUIRES: clang-tidy, cppcheck
// clang-tidy (its default checks) and cppcheck on the annotated source, through
// yieldc-clangd: they read the view, and their findings are at the file's own
// lines, with its own text under them; the view itself draws none (a yield,
// a yield from, a handle, a send).
// RUN: %yc_clangd --tidy %s -- -std=c11 2>/dev/null | FileCheck --check-prefix=TIDY %s
// RUN: %yc_clangd --cppcheck %s -- -std=c11 | FileCheck --check-prefix=CPPCHECK %s
// RUN: %yc_clangd --cppcheck --enable=style %s -- -std=c11 | FileCheck --check-prefix=STYLE %s
#include <yieldc.h>
#include <stdio.h>

static
generator(int, int) int ratios(int n)
{
    int zero = 0;
    int got = yield n;
    if (got > 100)
        yield n / zero;
    return got;
}

static
generator(int) int outer(void)
{
    return yield from ratios(3);
}

int main(void)
{
    struct ratios r = ratios(1);
    yc_next(&r);
    yc_send(&r, 500);
    struct outer o = outer();
    struct yc_gen h = yc_handle(&o);
    while (yc_gen_next(h))
        printf("%d\n", yc_value(&o));
    return yc_value(&r);
}
// TIDY: tidy-cppcheck.c:18:17: warning: Division by zero [clang-analyzer-core.DivideZero]
// TIDY-NEXT: {{^}}        yield n / zero;{{$}}
// TIDY-NEXT: {{^}}                ^{{$}}
// TIDY-NOT: yc__
// TIDY-NOT: warning:
// CPPCHECK: tidy-cppcheck.c:18:17: error: Division by zero. [zerodiv]
// CPPCHECK-NEXT: {{^}}        yield n / zero;{{$}}
// CPPCHECK-NEXT: {{^}}                ^{{$}}
// CPPCHECK-NOT: yc__
// CPPCHECK-NOT: {{error|warning}}:
// Every severity, mapped; none about what the view adds (its structs' members)
// STYLE: tidy-cppcheck.c:15:9: style: The scope of the variable 'zero' can be reduced. [variableScope]
// STYLE-NEXT: {{^}}    int zero = 0;{{$}}
// STYLE-NEXT: {{^}}        ^{{$}}
// STYLE-NEXT: tidy-cppcheck.c:18:17: error: Division by zero. [zerodiv]
// STYLE-NOT: {{yc_|unusedStructMember}}

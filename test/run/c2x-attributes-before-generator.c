// C2x attributes before a generator's declaration (`[[maybe_unused]]
// static generator(...)`, several, with a comma, on a prototype too) go
// where the declaration's other specifiers go.  clang's extent of the
// declaration begins after them, so the generated code was written after
// them: the attribute stood before a _Pragma, and the output did not
// compile ("expected identifier or '(' before '#pragma'", "misplaced
// attributes").
// RUN: %check-run %s %t -std=c2x | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

[[maybe_unused]] static generator(int) int one(void)
{
    yield 1;
    return 0;
}

[[gnu::unused, maybe_unused]] [[deprecated("use one")]] static generator(int) int two(void);

[[nodiscard]] generator(int) int three(void)
{
    yield 3;
    return 30;
}

[[gnu::unused]] static generator(int) int two(void)
{
    yield 2;
    return 0;
}

int main(void)
{
    struct one a = one();
    struct three c = three();
    while (yc_next(&a))
        printf("%d ", yc_value(&a));
    while (yc_next(&c))
        printf("%d ", yc_value(&c));
    printf("| %d\n", yc_result(&c));
    // CHECK: 1 3 | 30
    return 0;
}

// A generator defined once under #ifdef and once under #else: only the active one counts,
// with or without the macro; the inactive text is copied unchanged.
// RUN: %yieldc %s -o %t.c && %gcc %cflags %t.c -o %t && %t | FileCheck %s --check-prefix=SLOW
// RUN: %yieldc %s -o %t.fast.c -- -DFAST && %gcc %cflags -DFAST %t.fast.c -o %t.fast && %t.fast | FileCheck %s --check-prefix=FAST
// RUN: grep -c '^    yield 1;$' %t.c | FileCheck %s --check-prefix=KEPT
#include <stdio.h>
#include <yieldc.h>
#ifdef FAST
generator(int) int g(void)
{
    yield 1;
    return 0;
}
#else
generator(int) int g(void)
{
    yield 2;
    yield 3;
    return 0;
}
#endif
int main(void)
{
    struct g it = g();
    while (yc_next(&it)) printf("%d\n", yc_value(&it));
    return 0;
}
// SLOW: 2
// SLOW-NEXT: 3
// FAST: 1
// FAST-NOT: {{[23]}}
// KEPT: 1

// REQUIRES: clangd
// Yields spelled through the file's own macros (SPEC 1: a yield or yield
// from that comes from a macro expansion works) open clean in clangd too:
// in the editor's view a yield in a #define is written as in a body, so the
// macro's invocations in a generator parse (bare, with a value, several in
// one macro, yield from a call and a pointer, passed to the macro or written
// in it (a call there was taken for a pointer: a false error in clangd), a
// variadic macro, a macro that
// ends in `yield` with its operand after the invocation or none), and a
// generator with a result that falls off its end draws no -Wreturn-type.
// The program is run too: it is valid, and what the editor shows is about
// code that compiles.
// RUN: %check-run %s %t | FileCheck --check-prefix=OUT %s
// RUN: %yc_clangd --check %s --log=error -- -std=c11 -Wall -Wextra > %t.out
// RUN: FileCheck --allow-empty --check-prefix=CLEAN %s < %t.out
// CLEAN-NOT: {{.}}
// The view parsed by clang, warnings as errors
// RUN: %yieldc --ide-view %s > %t.json
// RUN: %python %S/Inputs/apply_view.py %t.json %s %t.view.c -- %clang -fsyntax-only -std=c11 -Wall -Wextra -Werror
#include <stdio.h>
#include <yieldc.h>

#define AWAIT(c) while (!(c)) yield
#define EMIT(x) yield (x)
#define EMIT_TWO(a, b) do { yield a; yield b; } while (0)
#define EMIT_SUM(...) (yield sum_of(__VA_ARGS__))
#define ALL(g) yield from g
#define ALL_OF(...) (yield from __VA_ARGS__)
#define REST(p) yield from p
#define UPTO_TWICE(n) (yield from upto((n) * 2))
#define PAUSE() yield;
#define UNTIL(c) while (!(c)) yield
#define STEP yield

static int sum_of(int a, int b) { return a + b; }

generator(int) int upto(int n)
{
    for (int i = 0; i < n; i++)
        EMIT(i);
    return n;
}

generator(int) int mixed(int n)
{
    EMIT_TWO(n, n + 1);
    int r = ALL(upto(2));
    int s = ALL_OF(upto(r));
    struct upto later = upto(3);
    yc_next(&later);
    int t = REST(&later);
    t += UPTO_TWICE(1) - 2;
    EMIT_SUM(r + s, t);
    if (n > 100)
        return -1;
    // falls off the end: its result is 0
}

generator(void) int waiter(const int *flag)
{
    int polls = 0;
    AWAIT(++polls && *flag);
    PAUSE()
    return polls;
}

generator(int) int tails(int n)
{
    int k = 0;
    UNTIL(++k >= n) k * 10;
    UNTIL(++k >= n + 1) (k + 1);
    STEP -1;
    return k;
}

generator(void) void ticks(void)
{
    STEP;
    UNTIL(1);
    STEP;
}

int main(void)
{
    struct mixed g = mixed(10);
    while (yc_next(&g))
        printf("%d ", yc_value(&g));
    printf("-> %d\n", yc_result(&g));
    // OUT: 10 11 0 1 0 1 1 2 0 1 7 -> 0

    int flag = 0;
    struct waiter w = waiter(&flag);
    yc_next(&w);
    yc_next(&w);
    flag = 1;
    while (yc_next(&w))
        ;
    printf("waited %d\n", yc_result(&w));
    // OUT: waited 3

    struct tails t = tails(3);
    while (yc_next(&t))
        printf("%d ", yc_value(&t));
    printf("-> %d\n", yc_result(&t));
    // OUT-NEXT: 10 20 -1 -> 4
    struct ticks k = ticks();
    int n = 0;
    while (yc_next(&k))
        n++;
    printf("%d ticks\n", n);
    // OUT-NEXT: 2 ticks
    return 0;
}

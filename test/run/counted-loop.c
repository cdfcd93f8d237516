// Counted loops (docs/design.md, "Counted loops"): a `for` whose body ends
// with `yield e;` and whose increment is `i++` or `--i` has that increment
// run before the suspension, and a generator whose body begins with one
// has its first step enter the loop as every resume does.  Values, results,
// send and close as written, at the limits of the counter's type: where the
// increment could overflow once moved (no test, a test in a wider type,
// `<=`, a body entered by a label or a case), it is not moved, and under
// UBSan a moved one would fail here (each such generator is closed where
// the next increment would overflow).
// Also what find cannot see must keep the loop as written (each case here
// ran wrongly once, found from outside): a `;` in an inactive branch of the
// loop's head, a first clause with an effect, an #include before the loop
// or in its body (a `continue`, a write), a bound through GNU `?:` or
// `__builtin_choose_expr`, a cleanup or an `asm` output on the counter.
// RUN: %check-run --sanitize %s %t -I%S | FileCheck %s
#include <limits.h>
#include <stdio.h>
#include <yieldc.h>

generator(int) int count(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

generator(long) long down(long lo, long hi)
{
    for (long j = hi, k = 100; j > lo; --j) {
        long sq = j * j + k;
        yield sq;
    }
    return lo;
}

generator(int) void to_max(void)
{
    for (int i = INT_MAX - 2; i < INT_MAX; i++)
        yield i;
}

generator(unsigned) void wraps(void)
{
    for (unsigned u = UINT_MAX - 1; u != 2; u++)
        yield u;
}

generator(int) void bytes(void)
{
    for (unsigned char c = 253; c != 1; c++)
        yield c;
}

generator(long long) void lowest(void)
{
    for (long long v = LLONG_MIN; v < LLONG_MIN + 2; v++)
        yield v;
}

generator(short) void shorts(void)
{
    for (short s = -3; s < 0; s++)
        yield s;
}

/* not moved: no test, a test in a wider type, `<=` */
generator(int) void endless(void)
{
    for (int i = INT_MAX - 1;; i++)
        yield i;
}

generator(int) void wide(long n)
{
    for (int i = INT_MAX - 1; i < n; i++)
        yield i;
}

generator(int) void upto(int n)
{
    for (int i = n - 1; i <= n; i++)
        yield i;
}

/* not moved: the body entered by a label, by a case of a switch around it */
generator(int) void entered(int n)
{
    int i = INT_MAX;
    goto inside;
    for (i = 0; i < n; i++) {
    inside:
        yield i;
    }
}

generator(int) void duff(int start, int n)
{
    int i = INT_MAX;
    switch (start) {
    case 0:
        for (i = 0; i < n; i++) {
    case 1:
            yield i;
        }
    }
}

/* not moved: a `continue` (it goes to the increment), a body writing the
   counter (skip's values would be the same moved; jump_ahead's write makes
   the moved increment overflow when it is closed) */
generator(int) void odd(int n)
{
    for (int i = 0; i < n; i++) {
        if (i % 2 == 0)
            continue;
        yield i;
    }
}

generator(int) void skip(int n)
{
    for (int i = 0; i < n; i++) {
        i++;
        yield i;
    }
}

generator(int) void jump_ahead(int n)
{
    for (int i = 0; i < n; i++) {
        if (i == 1)
            i = INT_MAX;
        yield i;
    }
}

/* moved, with a yield before it in the body, and in an inner loop */
generator(int) void pairs(int n)
{
    for (int i = 0; i < n; i++) {
        yield i * 10;
        yield i * 10 + 1;
    }
}

generator(int) void grid(int rows, int cols)
{
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            yield r * cols + c;
}

/* the loop not first: moved, the first step from the top */
generator(int) int after(int n)
{
    int base = n * 100;
    for (int i = 0; i < n; i++)
        yield base + i;
    return base;
}

/* a counter whose type only the body can name: its field is bytes, set by
   the first step, not by the constructor */
generator(int) void typed(void)
{
    for (__typeof__(1 + 1) t = 300; t < 302; t++)
        yield t;
}

/* a `;` in an inactive branch of the head is not one C reads */
generator(int) void inactive_semicolon(int n)
{
    int k = 0;
    for (unsigned i = n
#if 0
         ;
#endif
         ; i--; k++) {
        yield (int)i * 100 + k;
    }
}

/* a first clause whose effect the first step has (clang folds it) */
generator(int) void first_effect(int n)
{
    for (int i = (printf("first clause\n"), 0); i < n; i++)
        yield i;
}

/* statements an #include brings: before the loop, and in its body */
generator(int) void included_first(int n)
{
#include "Inputs/counted-loop-prologue.inc"
    for (int i = 0; i < n; i++)
        yield i;
}

static int skips;   /* (once: a continue that skipped the increment would not loop forever) */

generator(int) void included_continue(int n)
{
    for (int i = 0; i < n; i++) {
#include "Inputs/counted-loop-continue.inc"
        yield i;
    }
}

generator(int) void included_write(int n)
{
    for (int i = 0; i < n; i++) {
#include "Inputs/counted-loop-write.inc"
        yield i;
    }
}

/* bounds whose type is not their first operand's */
generator(int) void elvis(int z, long lim)
{
    for (int i = INT_MAX - 1; i < (z ?: lim); i++)
        yield i;
}

generator(int) void chosen(long lim)
{
    for (int i = INT_MAX - 1; i < __builtin_choose_expr(1, lim, 0); i++)
        yield i;
}

/* a cleanup sees the counter; an asm writes it */
static void show(int *p)
{
    printf("cleanup sees %d\n", *p);
}

generator(int) void cleaned(int n)
{
    __attribute__((cleanup(show))) int i;
    for (i = 0; i < n; i++)
        yield i;
}

generator(int) void asm_written(void)
{
    for (int i = 0; i < 10; i++) {
        __asm__("" : "=r"(i) : "0"(INT_MAX));
        yield i;
    }
}

/* with a send type: `yield e;` drops what is sent */
generator(int, int) int sends(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return -n;
}

int main(void)
{
    struct count c = count(3);
    while (yc_next(&c))
        printf("count %d\n", yc_value(&c));
    printf("count -> %d\n", yc_result(&c));
    // CHECK: count 0
    // CHECK-NEXT: count 1
    // CHECK-NEXT: count 2
    // CHECK-NEXT: count -> 3
    struct count none = count(0);
    printf("count(0) %d -> %d\n", yc_next(&none), yc_result(&none));
    // CHECK-NEXT: count(0) 0 -> 0
    struct count early = count(5);
    yc_next(&early);
    yc_next(&early);
    yc_close(&early);
    printf("closed %d at %d, next %d\n", yc_done(&early), yc_value(&early), yc_next(&early));
    // CHECK-NEXT: closed 1 at 1, next 0

    struct down d = down(2, 5);
    while (yc_next(&d))
        printf("down %ld\n", yc_value(&d));
    printf("down -> %ld\n", yc_result(&d));
    // CHECK-NEXT: down 125
    // CHECK-NEXT: down 116
    // CHECK-NEXT: down 109
    // CHECK-NEXT: down -> 2

    struct to_max m = to_max();
    while (yc_next(&m))
        printf("to_max %d\n", yc_value(&m) - INT_MAX);
    // CHECK-NEXT: to_max -2
    // CHECK-NEXT: to_max -1

    struct wraps w = wraps();
    while (yc_next(&w))
        printf("wraps %u\n", yc_value(&w));
    // CHECK-NEXT: wraps 4294967294
    // CHECK-NEXT: wraps 4294967295
    // CHECK-NEXT: wraps 0
    // CHECK-NEXT: wraps 1

    struct bytes b = bytes();
    while (yc_next(&b))
        printf("bytes %d\n", yc_value(&b));
    // CHECK-NEXT: bytes 253
    // CHECK-NEXT: bytes 254
    // CHECK-NEXT: bytes 255
    // CHECK-NEXT: bytes 0

    struct lowest lo = lowest();
    while (yc_next(&lo))
        printf("lowest %d\n", yc_value(&lo) == LLONG_MIN ? 0 : yc_value(&lo) == LLONG_MIN + 1 ? 1 : -1);
    // CHECK-NEXT: lowest 0
    // CHECK-NEXT: lowest 1

    struct shorts sh = shorts();
    while (yc_next(&sh))
        printf("shorts %d\n", yc_value(&sh));
    // CHECK-NEXT: shorts -3
    // CHECK-NEXT: shorts -2
    // CHECK-NEXT: shorts -1

    struct endless e = endless();
    yc_next(&e);
    yc_next(&e);
    printf("endless %d\n", yc_value(&e) == INT_MAX);
    yc_close(&e);
    // CHECK-NEXT: endless 1
    struct wide wd = wide(LONG_MAX);
    yc_next(&wd);
    yc_next(&wd);
    printf("wide %d\n", yc_value(&wd) == INT_MAX);
    yc_close(&wd);
    // CHECK-NEXT: wide 1
    struct upto u = upto(INT_MAX);
    yc_next(&u);
    yc_next(&u);
    printf("upto %d\n", yc_value(&u) == INT_MAX);
    yc_close(&u);
    // CHECK-NEXT: upto 1
    struct entered en = entered(3);
    yc_next(&en);
    printf("entered %d\n", yc_value(&en) == INT_MAX);
    yc_close(&en);
    // CHECK-NEXT: entered 1
    struct duff du = duff(1, 3);
    yc_next(&du);
    printf("duff %d\n", yc_value(&du) == INT_MAX);
    yc_close(&du);
    // CHECK-NEXT: duff 1
    struct duff du0 = duff(0, 2);
    while (yc_next(&du0))
        printf("duff(0) %d\n", yc_value(&du0));
    // CHECK-NEXT: duff(0) 0
    // CHECK-NEXT: duff(0) 1

    struct odd o = odd(6);
    for (int c = 0; c < 5 && yc_next(&o); c++)
        printf("odd %d\n", yc_value(&o));
    // CHECK-NEXT: odd 1
    // CHECK-NEXT: odd 3
    // CHECK-NEXT: odd 5
    struct skip sk = skip(5);
    while (yc_next(&sk))
        printf("skip %d\n", yc_value(&sk));
    // CHECK-NEXT: skip 1
    // CHECK-NEXT: skip 3
    // CHECK-NEXT: skip 5

    struct jump_ahead ja = jump_ahead(INT_MAX);
    yc_next(&ja);
    yc_next(&ja);
    printf("jump_ahead %d\n", yc_value(&ja) == INT_MAX);
    yc_close(&ja);
    // CHECK-NEXT: jump_ahead 1

    struct pairs p = pairs(2);
    while (yc_next(&p))
        printf("pairs %d\n", yc_value(&p));
    // CHECK-NEXT: pairs 0
    // CHECK-NEXT: pairs 1
    // CHECK-NEXT: pairs 10
    // CHECK-NEXT: pairs 11
    struct grid g = grid(2, 3);
    while (yc_next(&g))
        printf("grid %d\n", yc_value(&g));
    // CHECK-NEXT: grid 0
    // CHECK-NEXT: grid 1
    // CHECK-NEXT: grid 2
    // CHECK-NEXT: grid 3
    // CHECK-NEXT: grid 4
    // CHECK-NEXT: grid 5
    struct after a = after(2);
    while (yc_next(&a))
        printf("after %d\n", yc_value(&a));
    printf("after -> %d\n", yc_result(&a));
    // CHECK-NEXT: after 200
    // CHECK-NEXT: after 201
    // CHECK-NEXT: after -> 200

    struct typed ty = typed();
    while (yc_next(&ty))
        printf("typed %d\n", yc_value(&ty));
    // CHECK-NEXT: typed 300
    // CHECK-NEXT: typed 301

    struct inactive_semicolon is = inactive_semicolon(3);
    for (int c = 0; c < 5 && yc_next(&is); c++)    /* (bounded: a wrong loop need not end) */
        printf("inactive_semicolon %d\n", yc_value(&is));
    // CHECK-NEXT: inactive_semicolon 200
    // CHECK-NEXT: inactive_semicolon 101
    // CHECK-NEXT: inactive_semicolon 2
    struct first_effect fe = first_effect(1);
    printf("first_effect made\n");
    while (yc_next(&fe))
        printf("first_effect %d\n", yc_value(&fe));
    // CHECK-NEXT: first_effect made
    // CHECK-NEXT: first clause
    // CHECK-NEXT: first_effect 0
    struct included_first inf = included_first(1);
    while (yc_next(&inf))
        printf("included_first %d\n", yc_value(&inf));
    // CHECK-NEXT: prologue
    // CHECK-NEXT: included_first 0
    struct included_continue ic = included_continue(3);
    for (int c = 0; c < 5 && yc_next(&ic); c++)
        printf("included_continue %d\n", yc_value(&ic));
    // CHECK-NEXT: included_continue 0
    // CHECK-NEXT: included_continue 2
    struct included_write iw = included_write(INT_MAX);
    yc_next(&iw);
    printf("included_write %d\n", yc_value(&iw) == INT_MAX);
    yc_close(&iw);
    // CHECK-NEXT: included_write 1
    struct elvis el = elvis(0, LONG_MAX);
    yc_next(&el);
    yc_next(&el);
    printf("elvis %d\n", yc_value(&el) == INT_MAX);
    yc_close(&el);
    // CHECK-NEXT: elvis 1
    struct chosen ch = chosen(LONG_MAX);
    yc_next(&ch);
    yc_next(&ch);
    printf("chosen %d\n", yc_value(&ch) == INT_MAX);
    yc_close(&ch);
    // CHECK-NEXT: chosen 1
    struct cleaned cl = cleaned(5);
    yc_next(&cl);
    printf("cleaned %d\n", yc_value(&cl));
    yc_close(&cl);
    // CHECK-NEXT: cleaned 0
    // CHECK-NEXT: cleanup sees 0
    struct asm_written aw = asm_written();
    yc_next(&aw);
    printf("asm_written %d\n", yc_value(&aw) == INT_MAX);
    yc_close(&aw);
    // CHECK-NEXT: asm_written 1

    struct sends s = sends(3);
    int k = 0;
    while (yc_send(&s, 1000 + k++))
        printf("sends %d\n", yc_value(&s));
    printf("sends -> %d\n", yc_result(&s));
    // CHECK-NEXT: sends 0
    // CHECK-NEXT: sends 1
    // CHECK-NEXT: sends 2
    // CHECK-NEXT: sends -> -3
    return 0;
}

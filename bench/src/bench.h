/* bench.h -- what every approach's translation unit shares with driver.c.
   Valid C11 and C++20. */
#ifndef BENCH_H
#define BENCH_H
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif

enum { T_NUMBER, T_NAME, T_OP };
struct token { int kind; const char *text; int len; long value; };

/* run(n, setup, text): create one generator sized by `setup` (range(setup),
   a triangle repeated for >= setup values, a text of `setup` tokens, a chain
   whose innermost counts to setup), resume it n times (n <= setup), consume
   every value, then finish it early.  Returns a checksum that every approach
   must agree on.  setup is the same in the N and 2N callgrind runs, so its
   cost cancels. */
typedef long (*bench_fn)(long n, long setup, const char *text);
struct impl {
    const char *bench;          /* range, tri, tok, chain1, chain8, chain64 */
    bench_fn run;
    size_t (*frame)(void);      /* bytes of one generator object */
    const char *note;           /* how `frame` was measured */
};
extern const struct impl impls[];   /* ends with { 0 } */

#ifdef __cplusplus
}
#endif

/* Consume a value: the loop must really produce it, in order, once per
   iteration, but the compiler is otherwise free (no call, no store). */
#define SINK(x) __asm__ volatile("" : : "r"(x))

#define TRI_M 16            /* triangle side: 136 values per repetition */
#define TRI_VALUES (TRI_M * (TRI_M + 1) / 2)
#define TRI_REPS(setup) ((int)((setup) / TRI_VALUES + 1))

static inline long tok_sum(struct token t) { return t.kind * 7L + t.len * 3L + t.value; }

#endif

/* bench.h -- what every approach's translation unit shares with driver.c.
   Valid C11 and C++20. */
#ifndef BENCH_H
#define BENCH_H
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
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

/* ---- round 2 ------------------------------------------------------------ */

/* Trees for the recursive walks: all nodes in one array (the setup must be
   cheap under callgrind and the same in both runs).  A node's key is a hash
   of its in-order position, so the checksum of the first n values of a walk
   says which n nodes were visited. */
struct node { struct node *left, *right; int key; };

static inline int node_key(long i) { return (int)(((unsigned long)i * 2654435761UL >> 8) & 0xffff); }

static inline struct node *tree_nodes(long n)
{
    struct node *a = (struct node *)calloc((size_t)(n > 0 ? n : 1), sizeof *a);
    if (!a) { perror("calloc"); exit(1); }
    return a;
}

/* Balanced: nodes [lo, hi) in order, the middle one at the root. */
static inline struct node *tree_build(struct node *a, long lo, long hi)
{
    if (lo >= hi)
        return NULL;
    long mid = lo + (hi - lo) / 2;
    a[mid].key = node_key(mid);
    a[mid].left = tree_build(a, lo, mid);
    a[mid].right = tree_build(a, mid + 1, hi);
    return &a[mid];
}

/* List-shaped (degenerate): every node has only a right child, so the k-th
   node of the in-order walk is k levels down. */
static inline struct node *tree_list(struct node *a, long n)
{
    for (long i = 0; i < n; i++) {
        a[i].key = node_key(i);
        a[i].right = i + 1 < n ? &a[i + 1] : NULL;
    }
    return n ? &a[0] : NULL;
}

/* The mirror image, each node only a left child: the walk's first resume goes
   all the way down (the crash probe). */
static inline struct node *tree_leftlist(struct node *a, long n)
{
    for (long i = 0; i < n; i++) {
        a[i].key = node_key(i);
        a[i].left = i + 1 < n ? &a[i + 1] : NULL;
    }
    return n ? &a[0] : NULL;
}

/* The pipeline's stages (source 0..n-1, filter, map, window) share these. */
#define PIPE_KEEP(x) ((x) % 3 != 0)
#define PIPE_MAP(x) ((long)(x) * (x) + 1)
#define PIPE_WINDOW 4

/* A 256-byte struct live across a yield. */
struct big { long v[32]; };

#endif

/* hand.c -- what a careful C programmer writes by hand: the smallest state
   that must survive between calls, an explicit "next" function, the value
   handed back through an out-parameter.  (Each of these generators has one
   suspension point, so the state machine's switch degenerates to nothing.) */
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include "bench.h"

struct hrange { int i, n; };
static inline bool hrange_next(struct hrange *g, int *out)
{
    if (g->i >= g->n)
        return false;
    *out = g->i++;
    return true;
}

struct htri { int r, i, j, reps; };
static inline bool htri_next(struct htri *g, int *out)
{
    if (g->r >= g->reps)
        return false;
    *out = g->i * g->j + g->r;
    if (++g->j > g->i) {
        g->j = 0;
        if (++g->i == TRI_M) {
            g->i = 0;
            g->r++;
        }
    }
    return true;
}

struct htok { const char *s; int count; };
static inline bool htok_next(struct htok *g, struct token *out)
{
    const char *s = g->s;
    while (isspace((unsigned char)*s))
        s++;
    if (!*s) {
        g->s = s;
        return false;
    }
    const char *start = s;
    struct token t = { T_OP, start, 1, 0 };
    if (isdigit((unsigned char)*s)) {
        t.kind = T_NUMBER;
        while (isdigit((unsigned char)*s))
            t.value = t.value * 10 + (*s++ - '0');
    } else if (isalpha((unsigned char)*s) || *s == '_') {
        t.kind = T_NAME;
        while (isalnum((unsigned char)*s) || *s == '_')
            s++;
    } else {
        s++;
    }
    t.len = (int)(s - start);
    g->count++;
    g->s = s;
    *out = t;
    return true;
}

/* ---- round 2 ------------------------------------------------------------ */

/* In-order walk with an explicit stack of the nodes whose right subtree is
   still to come: O(1) per node in any tree shape, no allocation per node. */
struct hwalk { const struct node **stack; long sp, cap; const struct node *cur; };

static void hwalk_grow(struct hwalk *g)
{
    g->cap = g->cap ? 2 * g->cap : 64;
    g->stack = realloc(g->stack, (size_t)g->cap * sizeof *g->stack);
    if (!g->stack) { perror("realloc"); exit(1); }
}

static inline bool hwalk_next(struct hwalk *g, int *out)
{
    const struct node *t = g->cur;
    for (; t; t = t->left) {
        if (__builtin_expect(g->sp == g->cap, 0))
            hwalk_grow(g);
        g->stack[g->sp++] = t;
    }
    if (g->sp == 0)
        return false;
    t = g->stack[--g->sp];
    *out = t->key;
    g->cur = t->right;
    return true;
}

/* deep(d, n) as an explicit stack of levels kept by the outermost object:
   a resume goes straight to the innermost level (the counter), and a level
   that finishes hands over to the one below it on the stack.  Every level
   has a heap record (as the recursive generators do), none a C frame. */
struct hlevel { int state, d, n, i; };
struct hdeep { struct hlevel *stack; long sp, cap; };

static inline struct hdeep hdeep_make(int d, int n)
{
    struct hdeep g = { 0, 0, 0 };
    g.cap = 16;
    g.stack = malloc((size_t)g.cap * sizeof *g.stack);
    if (!g.stack) { perror("malloc"); exit(1); }
    g.stack[0] = (struct hlevel){ 0, d, n, 0 };
    g.sp = 1;
    return g;
}

static void hdeep_push(struct hdeep *g, struct hlevel l)
{
    if (g->sp == g->cap) {
        g->cap *= 2;
        g->stack = realloc(g->stack, (size_t)g->cap * sizeof *g->stack);
        if (!g->stack) { perror("realloc"); exit(1); }
    }
    g->stack[g->sp++] = l;
}

static inline bool hdeep_next(struct hdeep *g, int *out)
{
    while (g->sp > 0) {
        struct hlevel *l = &g->stack[g->sp - 1];
        if (l->d == 0) {                    /* the counter */
            if (l->i < l->n) {
                *out = l->i++;
                return true;
            }
            g->sp--;                        /* finished: back to its caller */
        } else if (l->state == 0) {         /* start the sub-generator */
            l->state = 1;
            hdeep_push(g, (struct hlevel){ 0, l->d - 1, l->n, 0 });
        } else {                            /* its sub finished: so does it */
            g->sp--;
        }
    }
    return false;
}

static inline void hdeep_close(struct hdeep *g) { free(g->stack); g->stack = 0; g->sp = 0; }

/* The pipeline: each stage a struct and a next function pulling from the
   stage before. */
struct hsrc { int i, n; };
static inline bool hsrc_next(struct hsrc *g, int *out)
{
    if (g->i >= g->n)
        return false;
    *out = g->i++;
    return true;
}

struct hfilter { struct hsrc *in; };
static inline bool hfilter_next(struct hfilter *g, int *out)
{
    int x;
    while (hsrc_next(g->in, &x))
        if (PIPE_KEEP(x)) {
            *out = x;
            return true;
        }
    return false;
}

struct hmap { struct hfilter *in; };
static inline bool hmap_next(struct hmap *g, long *out)
{
    int x;
    if (!hfilter_next(g->in, &x))
        return false;
    *out = PIPE_MAP(x);
    return true;
}

struct hwindow { struct hmap *in; long w[PIPE_WINDOW], s; unsigned k; };
static inline bool hwindow_next(struct hwindow *g, long *out)
{
    long v;
    if (!hmap_next(g->in, &v))
        return false;
    g->s += v - g->w[g->k];
    g->w[g->k] = v;
    g->k = (g->k + 1) % PIPE_WINDOW;
    *out = g->s;
    return true;
}

/* The two sibling arrays share storage, as a C programmer would write it. */
struct hsib { int state, n; union { int a[64]; int b[64]; } u; };
static inline bool hsib_next(struct hsib *g, int *out)
{
    switch (g->state) {
    case 0:
        for (int i = 0; i < 64; i++)
            g->u.a[i] = i * g->n;
        *out = g->u.a[g->n & 63];
        g->state = 1;
        return true;
    case 1:
        *out = g->u.a[(g->n + 1) & 63];
        g->state = 2;
        return true;
    case 2:
        for (int i = 0; i < 64; i++)
            g->u.b[i] = i + g->n;
        *out = g->u.b[g->n & 63];
        g->state = 3;
        return true;
    default:
        *out = g->u.b[(g->n + 7) & 63];
        g->n++;
        g->state = 0;
        return true;
    }
}

/* The struct stays in place; a resume touches one element. */
struct hbigs { struct big b; unsigned i; };
static inline struct hbigs hbigs_make(int n)
{
    struct hbigs g;
    for (int i = 0; i < 32; i++)
        g.b.v[i] = i + n;
    g.i = 0;
    return g;
}
static inline bool hbigs_next(struct hbigs *g, long *out)
{
    unsigned i = g->i++;
    g->b.v[i & 31] += i;
    *out = g->b.v[(i * 7) & 31];
    return true;
}

static long run_range(long n, long setup, const char *text)
{
    (void)text;
    struct hrange g = { 0, (int)setup };
    long sum = 0;
    int v;
    for (long k = 0; k < n && hrange_next(&g, &v); k++) {
        sum += v;
        SINK(sum);
    }
    return sum;
}

static long run_tri(long n, long setup, const char *text)
{
    (void)text;
    struct htri g = { 0, 0, 0, TRI_REPS(setup) };
    long sum = 0;
    int v;
    for (long k = 0; k < n && htri_next(&g, &v); k++) {
        sum += v;
        SINK(sum);
    }
    return sum;
}

static long run_tok(long n, long setup, const char *text)
{
    (void)setup;
    struct htok g = { text, 0 };
    long sum = 0;
    struct token t;
    for (long k = 0; k < n && htok_next(&g, &t); k++) {
        sum += tok_sum(t);
        SINK(sum);
    }
    return sum;
}

static long run_rangew(long n, long setup, const char *text)
{
    (void)setup, (void)text;
    struct hrange g = { 0, (int)n };
    long sum = 0;
    int v;
    while (hrange_next(&g, &v)) {
        sum += v;
        SINK(sum);
    }
    return sum;
}

static long walk_run(long n, const struct node *root)
{
    struct hwalk g = { 0, 0, 0, root };
    long sum = 0;
    int v;
    for (long k = 0; k < n && hwalk_next(&g, &v); k++) {
        sum += v;
        SINK(sum);
    }
    free(g.stack);
    return sum;
}

static long run_tree(long n, long setup, const char *text)
{
    (void)text;
    struct node *a = tree_nodes(setup);
    long sum = walk_run(n, tree_build(a, 0, setup));
    free(a);
    return sum;
}

static long run_list(long n, long setup, const char *text)
{
    (void)text;
    struct node *a = tree_nodes(setup);
    long sum = walk_run(n, tree_list(a, setup));
    free(a);
    return sum;
}

static long deep_run(long n, int d, long setup)
{
    struct hdeep g = hdeep_make(d, (int)setup);
    long sum = 0;
    int v;
    for (long k = 0; k < n && hdeep_next(&g, &v); k++) {
        sum += v;
        SINK(sum);
    }
    hdeep_close(&g);
    return sum;
}

static long run_deep10(long n, long setup, const char *text) { (void)text; return deep_run(n, 10, setup); }
static long run_deep100(long n, long setup, const char *text) { (void)text; return deep_run(n, 100, setup); }
static long run_deep1000(long n, long setup, const char *text) { (void)text; return deep_run(n, 1000, setup); }
static long run_deep10000(long n, long setup, const char *text) { (void)text; return deep_run(n, 10000, setup); }

static long run_crashfin(long n, long setup, const char *text)
{
    (void)n, (void)text;
    struct hdeep g = hdeep_make((int)setup, 1);
    long sum = 0;
    int v;
    while (hdeep_next(&g, &v))
        sum += v + 1;
    hdeep_close(&g);
    return sum;
}

static long run_crashclose(long n, long setup, const char *text)
{
    (void)n, (void)text;
    struct hdeep g = hdeep_make((int)setup, 2);
    int v;
    long sum = hdeep_next(&g, &v);
    hdeep_close(&g);
    return sum;
}

static long run_crashwalk(long n, long setup, const char *text)
{
    (void)n, (void)text;
    struct node *a = tree_nodes(setup);
    struct hwalk g = { 0, 0, 0, tree_leftlist(a, setup) };
    int v;
    long sum = hwalk_next(&g, &v) ? v : -1;
    free(g.stack);
    free(a);
    return sum;
}

static long run_pipe(long n, long setup, const char *text)
{
    (void)text;
    struct hsrc src = { 0, (int)(2 * setup) };
    struct hfilter f = { &src };
    struct hmap m = { &f };
    struct hwindow g = { &m, { 0 }, 0, 0 };
    long sum = 0;
    long v;
    for (long k = 0; k < n && hwindow_next(&g, &v); k++) {
        sum += v;
        SINK(sum);
    }
    return sum;
}

static long run_sib(long n, long setup, const char *text)
{
    (void)setup, (void)text;
    struct hsib g = { 0, 1, { { 0 } } };
    long sum = 0;
    int v;
    for (long k = 0; k < n && hsib_next(&g, &v); k++) {
        sum += v;
        SINK(sum);
    }
    return sum;
}

static long run_bigs(long n, long setup, const char *text)
{
    (void)setup, (void)text;
    struct hbigs g = hbigs_make(1);
    long sum = 0;
    long v;
    for (long k = 0; k < n && hbigs_next(&g, &v); k++) {
        sum += v;
        SINK(sum);
    }
    return sum;
}

static size_t fr_range(void) { return sizeof(struct hrange); }
static size_t fr_tri(void) { return sizeof(struct htri); }
static size_t fr_tok(void) { return sizeof(struct htok); }
static size_t fr_walk(void) { return sizeof(struct hwalk); }
static size_t fr_deep(void) { return sizeof(struct hdeep); }
static size_t fr_pipe(void)
{
    return sizeof(struct hsrc) + sizeof(struct hfilter) + sizeof(struct hmap) + sizeof(struct hwindow);
}
static size_t fr_sib(void) { return sizeof(struct hsib); }
static size_t fr_bigs(void) { return sizeof(struct hbigs); }

long hand_chain1(long, long, const char *), hand_chain8(long, long, const char *), hand_chain64(long, long, const char *);
size_t hand_chain1_frame(void), hand_chain8_frame(void), hand_chain64_frame(void);
long hand_chain1x2(long, long, const char *), hand_chain64x2(long, long, const char *);
size_t hand_chain1x2_frame(void), hand_chain64x2_frame(void);

const struct impl impls[] = {
    { "range", run_range, fr_range, 0 },
    { "tri", run_tri, fr_tri, 0 },
    { "tok", run_tok, fr_tok, 0 },
    { "chain1", hand_chain1, hand_chain1_frame, 0 },
    { "chain8", hand_chain8, hand_chain8_frame, 0 },
    { "chain64", hand_chain64, hand_chain64_frame, 0 },
    { "rangew", run_rangew, fr_range, 0 },
    { "tree", run_tree, fr_walk, "plus_stack" },
    { "list1k", run_list, fr_walk, "plus_stack" },
    { "list2k", run_list, fr_walk, "plus_stack" },
    { "list5k", run_list, fr_walk, "plus_stack" },
    { "list10k", run_list, fr_walk, "plus_stack" },
    { "deep10", run_deep10, fr_deep, "plus_stack" },
    { "deep100", run_deep100, fr_deep, "plus_stack" },
    { "deep1000", run_deep1000, fr_deep, "plus_stack" },
    { "deep10000", run_deep10000, fr_deep, "plus_stack" },
    { "crashfin", run_crashfin, fr_deep, "plus_stack" },
    { "crashclose", run_crashclose, fr_deep, "plus_stack" },
    { "crashwalk", run_crashwalk, fr_walk, "plus_stack" },
    { "chain1x2", hand_chain1x2, hand_chain1x2_frame, 0 },
    { "chain64x2", hand_chain64x2, hand_chain64x2_frame, 0 },
    { "pipe", run_pipe, fr_pipe, "4_stages" },
    { "sib", run_sib, fr_sib, 0 },
    { "bigs", run_bigs, fr_bigs, 0 },
    { 0, 0, 0, 0 },
};

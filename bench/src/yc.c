/* yc.c -- the benchmarks written once, as yieldc generators.
   Transformed by build/tool/yieldc at bench time. */
#include <ctype.h>
#include <yieldc.h>
#include "bench.h"

static generator(int) void range(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
}

static generator(int) void tri(int reps)
{
    for (int r = 0; r < reps; r++)
        for (int i = 0; i < TRI_M; i++)
            for (int j = 0; j <= i; j++)
                yield i * j + r;
}

static generator(struct token) int tokens(const char *s)
{
    int count = 0;
    for (;;) {
        while (isspace((unsigned char)*s))
            s++;
        if (!*s)
            break;
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
        count++;
        yield t;
    }
    return count;
}

/* ---- round 2 ------------------------------------------------------------ */

/* Recursive in-order walk: one `yield from` per level. */
static generator(int) void walk(const struct node *t)
{
    if (!t)
        return;
    yield from walk(t->left);
    yield t->key;
    yield from walk(t->right);
}

/* Recursion d levels deep above a counter: the depth curve and the crash
   probes. */
static generator(int) void deep(int d, int n)
{
    if (d == 0) {
        for (int i = 0; i < n; i++)
            yield i;
        return;
    }
    yield from deep(d - 1, n);
}

/* A 4-stage pipeline: each stage pulls from the one before. */
static generator(int) void p_source(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
}

static generator(int) void p_filter(struct p_source *in)
{
    while (yc_next(in)) {
        int x = yc_value(in);
        if (PIPE_KEEP(x))
            yield x;
    }
}

static generator(long) void p_map(struct p_filter *in)
{
    while (yc_next(in))
        yield PIPE_MAP(yc_value(in));
}

static generator(long) void p_window(struct p_map *in)
{
    long w[PIPE_WINDOW] = { 0 };
    long s = 0;
    unsigned k = 0;
    while (yc_next(in)) {
        long v = yc_value(in);
        s += v - w[k];
        w[k] = v;
        k = (k + 1) % PIPE_WINDOW;
        yield s;
    }
}

/* Two 256-byte arrays in sibling blocks, each live across a yield: they
   could share storage. */
static generator(int) void sib(int n)
{
    for (;;) {
        {
            int a[64];
            for (int i = 0; i < 64; i++)
                a[i] = i * n;
            yield a[n & 63];
            yield a[(n + 1) & 63];
        }
        {
            int b[64];
            for (int i = 0; i < 64; i++)
                b[i] = i + n;
            yield b[n & 63];
            yield b[(n + 7) & 63];
        }
        n++;
    }
}

/* A 256-byte struct live across a yield. */
static generator(long) void bigs(int n)
{
    struct big b;
    for (int i = 0; i < 32; i++)
        b.v[i] = i + n;
    for (unsigned i = 0;; i++) {
        b.v[i & 31] += i;
        yield b.v[(i * 7) & 31];
    }
}

static long run_range(long n, long setup, const char *text)
{
    (void)text;
    struct range g = range((int)setup);
    long sum = 0;
    for (long k = 0; k < n && yc_next(&g); k++) {
        sum += yc_value(&g);
        SINK(sum);
    }
    yc_close(&g);
    return sum;
}

static long run_tri(long n, long setup, const char *text)
{
    (void)text;
    struct tri g = tri(TRI_REPS(setup));
    long sum = 0;
    for (long k = 0; k < n && yc_next(&g); k++) {
        sum += yc_value(&g);
        SINK(sum);
    }
    yc_close(&g);
    return sum;
}

static long run_tok(long n, long setup, const char *text)
{
    (void)setup;
    struct tokens g = tokens(text);
    long sum = 0;
    for (long k = 0; k < n && yc_next(&g); k++) {
        sum += tok_sum(yc_value(&g));
        SINK(sum);
    }
    yc_close(&g);
    return sum;
}

static long run_rangew(long n, long setup, const char *text)
{
    (void)setup, (void)text;
    struct range g = range((int)n);
    long sum = 0;
    while (yc_next(&g)) {
        sum += yc_value(&g);
        SINK(sum);
    }
    return sum;
}

static long walk_run(long n, const struct node *root)
{
    struct walk g = walk(root);
    long sum = 0;
    for (long k = 0; k < n && yc_next(&g); k++) {
        sum += yc_value(&g);
        SINK(sum);
    }
    yc_close(&g);
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
    struct deep g = deep(d, (int)setup);
    long sum = 0;
    for (long k = 0; k < n && yc_next(&g); k++) {
        sum += yc_value(&g);
        SINK(sum);
    }
    yc_close(&g);
    return sum;
}

static long run_deep10(long n, long setup, const char *text) { (void)text; return deep_run(n, 10, setup); }
static long run_deep100(long n, long setup, const char *text) { (void)text; return deep_run(n, 100, setup); }
static long run_deep1000(long n, long setup, const char *text) { (void)text; return deep_run(n, 1000, setup); }
static long run_deep10000(long n, long setup, const char *text) { (void)text; return deep_run(n, 10000, setup); }

/* Crash probes, setup = depth: run to the end (every level finishes in the
   last resume), or close while suspended at the bottom. */
static long run_crashfin(long n, long setup, const char *text)
{
    (void)n, (void)text;
    struct deep g = deep((int)setup, 1);
    long sum = 0;
    while (yc_next(&g))
        sum += yc_value(&g) + 1;
    return sum;
}

static long run_crashclose(long n, long setup, const char *text)
{
    (void)n, (void)text;
    struct deep g = deep((int)setup, 2);
    long sum = yc_next(&g);
    yc_close(&g);
    return sum;
}

/* The walk down a left-spine tree of setup nodes: one resume reaches the
   bottom, then close. */
static long run_crashwalk(long n, long setup, const char *text)
{
    (void)n, (void)text;
    struct node *a = tree_nodes(setup);
    struct walk g = walk(tree_leftlist(a, setup));
    long sum = yc_next(&g) ? yc_value(&g) : -1;
    yc_close(&g);
    free(a);
    return sum;
}

static long run_pipe(long n, long setup, const char *text)
{
    (void)text;
    struct p_source src = p_source((int)(2 * setup));
    struct p_filter f = p_filter(&src);
    struct p_map m = p_map(&f);
    struct p_window g = p_window(&m);
    long sum = 0;
    for (long k = 0; k < n && yc_next(&g); k++) {
        sum += yc_value(&g);
        SINK(sum);
    }
    yc_close(&g);
    yc_close(&m);
    yc_close(&f);
    yc_close(&src);
    return sum;
}

static long run_sib(long n, long setup, const char *text)
{
    (void)setup, (void)text;
    struct sib g = sib(1);
    long sum = 0;
    for (long k = 0; k < n && yc_next(&g); k++) {
        sum += yc_value(&g);
        SINK(sum);
    }
    yc_close(&g);
    return sum;
}

static long run_bigs(long n, long setup, const char *text)
{
    (void)setup, (void)text;
    struct bigs g = bigs(1);
    long sum = 0;
    for (long k = 0; k < n && yc_next(&g); k++) {
        sum += yc_value(&g);
        SINK(sum);
    }
    yc_close(&g);
    return sum;
}

static size_t fr_range(void) { return sizeof(struct range); }
static size_t fr_tri(void) { return sizeof(struct tri); }
static size_t fr_tok(void) { return sizeof(struct tokens); }
static size_t fr_walk(void) { return sizeof(struct walk); }
static size_t fr_deep(void) { return sizeof(struct deep); }
static size_t fr_pipe(void)
{
    return sizeof(struct p_source) + sizeof(struct p_filter) + sizeof(struct p_map) + sizeof(struct p_window);
}
static size_t fr_sib(void) { return sizeof(struct sib); }
static size_t fr_bigs(void) { return sizeof(struct bigs); }

/* The yield-from chains live in yc_chain.c, generated by gen.py. */
long yc_chain1(long, long, const char *), yc_chain8(long, long, const char *), yc_chain64(long, long, const char *);
size_t yc_chain1_frame(void), yc_chain8_frame(void), yc_chain64_frame(void);
long yc_chain1x2(long, long, const char *), yc_chain64x2(long, long, const char *);
size_t yc_chain1x2_frame(void), yc_chain64x2_frame(void);

const struct impl impls[] = {
    { "range", run_range, fr_range, 0 },
    { "tri", run_tri, fr_tri, 0 },
    { "tok", run_tok, fr_tok, 0 },
    { "chain1", yc_chain1, yc_chain1_frame, 0 },
    { "chain8", yc_chain8, yc_chain8_frame, 0 },
    { "chain64", yc_chain64, yc_chain64_frame, 0 },
    { "rangew", run_rangew, fr_range, 0 },
    { "tree", run_tree, fr_walk, "per_level" },
    { "list1k", run_list, fr_walk, "per_level" },
    { "list2k", run_list, fr_walk, "per_level" },
    { "list5k", run_list, fr_walk, "per_level" },
    { "list10k", run_list, fr_walk, "per_level" },
    { "deep10", run_deep10, fr_deep, "per_level" },
    { "deep100", run_deep100, fr_deep, "per_level" },
    { "deep1000", run_deep1000, fr_deep, "per_level" },
    { "deep10000", run_deep10000, fr_deep, "per_level" },
    { "crashfin", run_crashfin, fr_deep, "per_level" },
    { "crashclose", run_crashclose, fr_deep, "per_level" },
    { "crashwalk", run_crashwalk, fr_walk, "per_level" },
    { "chain1x2", yc_chain1x2, yc_chain1x2_frame, 0 },
    { "chain64x2", yc_chain64x2, yc_chain64x2_frame, 0 },
    { "pipe", run_pipe, fr_pipe, "4_stages" },
    { "sib", run_sib, fr_sib, 0 },
    { "bigs", run_bigs, fr_bigs, 0 },
    { 0, 0, 0, 0 },
};

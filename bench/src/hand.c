/* hand.c -- what a careful C programmer writes by hand: the smallest state
   that must survive between calls, an explicit "next" function, the value
   handed back through an out-parameter.  (Each of these generators has one
   suspension point, so the state machine's switch degenerates to nothing.) */
#include <ctype.h>
#include <stdbool.h>
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

static size_t fr_range(void) { return sizeof(struct hrange); }
static size_t fr_tri(void) { return sizeof(struct htri); }
static size_t fr_tok(void) { return sizeof(struct htok); }

long hand_chain1(long, long, const char *), hand_chain8(long, long, const char *), hand_chain64(long, long, const char *);
size_t hand_chain1_frame(void), hand_chain8_frame(void), hand_chain64_frame(void);

const struct impl impls[] = {
    { "range", run_range, fr_range, 0 },
    { "tri", run_tri, fr_tri, 0 },
    { "tok", run_tok, fr_tok, 0 },
    { "chain1", hand_chain1, hand_chain1_frame, 0 },
    { "chain8", hand_chain8, hand_chain8_frame, 0 },
    { "chain64", hand_chain64, hand_chain64_frame, 0 },
    { 0, 0, 0, 0 },
};

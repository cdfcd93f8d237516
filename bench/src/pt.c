/* pt.c -- Protothreads-style generators: a local-continuation switch on
   __LINE__ (as in Adam Dunkels' lc-switch.h), every local kept in the struct. */
#include <ctype.h>
#include <stdbool.h>
#include "bench.h"

#define PT_BEGIN(pt)     switch ((pt)->lc) { case 0:
#define PT_YIELD(pt, v)  do { (pt)->value = (v); (pt)->lc = __LINE__; return true; case __LINE__:; } while (0)
#define PT_END(pt)       } (pt)->lc = -1; return false

struct prange { int lc, n, i, value; };
static inline bool prange_next(struct prange *pt)
{
    PT_BEGIN(pt);
    for (pt->i = 0; pt->i < pt->n; pt->i++)
        PT_YIELD(pt, pt->i);
    PT_END(pt);
}

struct ptri { int lc, reps, r, i, j, value; };
static inline bool ptri_next(struct ptri *pt)
{
    PT_BEGIN(pt);
    for (pt->r = 0; pt->r < pt->reps; pt->r++)
        for (pt->i = 0; pt->i < TRI_M; pt->i++)
            for (pt->j = 0; pt->j <= pt->i; pt->j++)
                PT_YIELD(pt, pt->i * pt->j + pt->r);
    PT_END(pt);
}

struct ptok { int lc, count; const char *s, *start; struct token t, value; };
static inline bool ptok_next(struct ptok *pt)
{
    PT_BEGIN(pt);
    pt->count = 0;
    for (;;) {
        while (isspace((unsigned char)*pt->s))
            pt->s++;
        if (!*pt->s)
            break;
        pt->start = pt->s;
        pt->t = (struct token){ T_OP, pt->start, 1, 0 };
        if (isdigit((unsigned char)*pt->s)) {
            pt->t.kind = T_NUMBER;
            while (isdigit((unsigned char)*pt->s))
                pt->t.value = pt->t.value * 10 + (*pt->s++ - '0');
        } else if (isalpha((unsigned char)*pt->s) || *pt->s == '_') {
            pt->t.kind = T_NAME;
            while (isalnum((unsigned char)*pt->s) || *pt->s == '_')
                pt->s++;
        } else {
            pt->s++;
        }
        pt->t.len = (int)(pt->s - pt->start);
        pt->count++;
        PT_YIELD(pt, pt->t);
    }
    PT_END(pt);
}

static long run_range(long n, long setup, const char *text)
{
    (void)text;
    struct prange g = { 0, (int)setup, 0, 0 };
    long sum = 0;
    for (long k = 0; k < n && prange_next(&g); k++) {
        sum += g.value;
        SINK(sum);
    }
    return sum;
}

static long run_tri(long n, long setup, const char *text)
{
    (void)text;
    struct ptri g = { 0, TRI_REPS(setup), 0, 0, 0, 0 };
    long sum = 0;
    for (long k = 0; k < n && ptri_next(&g); k++) {
        sum += g.value;
        SINK(sum);
    }
    return sum;
}

static long run_tok(long n, long setup, const char *text)
{
    (void)setup;
    struct ptok g = { 0 };
    g.s = text;
    long sum = 0;
    for (long k = 0; k < n && ptok_next(&g); k++) {
        sum += tok_sum(g.value);
        SINK(sum);
    }
    return sum;
}

static size_t fr_range(void) { return sizeof(struct prange); }
static size_t fr_tri(void) { return sizeof(struct ptri); }
static size_t fr_tok(void) { return sizeof(struct ptok); }

const struct impl impls[] = {
    { "range", run_range, fr_range, 0 },
    { "tri", run_tri, fr_tri, 0 },
    { "tok", run_tok, fr_tok, 0 },
    { 0, 0, 0, 0 },
};

/* uctx.c -- stackful generators on glibc's ucontext: one swapcontext() per
   switch (two per resume).  glibc's swapcontext also saves and restores the
   signal mask with a rt_sigprocmask system call each time; callgrind counts
   only user-space instructions, so the wall time shows that cost, the
   instruction count does not. */
#define _GNU_SOURCE
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <ucontext.h>
#include "bench.h"

#define STACK_BYTES 16384

struct ucg {
    ucontext_t caller, self;
    bool done;
    long arg;
    const char *text;
    union { int i; struct token t; } value;
    char *stack;
};

static struct ucg *starting;   /* handed to the body when it starts */

static void ucg_yield(struct ucg *g) { swapcontext(&g->self, &g->caller); }

static void ucg_init(struct ucg *g, void (*body)(void))
{
    g->done = false;
    g->stack = malloc(STACK_BYTES);
    if (!g->stack) abort();
    getcontext(&g->self);
    g->self.uc_stack.ss_sp = g->stack;
    g->self.uc_stack.ss_size = STACK_BYTES;
    g->self.uc_link = &g->caller;
    makecontext(&g->self, body, 0);
    starting = g;
}

static inline bool ucg_next(struct ucg *g)
{
    if (g->done)
        return false;
    swapcontext(&g->caller, &g->self);
    return !g->done;
}

static void range_body(void)
{
    struct ucg *g = starting;
    int n = (int)g->arg;
    for (int i = 0; i < n; i++) {
        g->value.i = i;
        ucg_yield(g);
    }
    g->done = true;
}

static void tri_body(void)
{
    struct ucg *g = starting;
    int reps = (int)g->arg;
    for (int r = 0; r < reps; r++)
        for (int i = 0; i < TRI_M; i++)
            for (int j = 0; j <= i; j++) {
                g->value.i = i * j + r;
                ucg_yield(g);
            }
    g->done = true;
}

static void tok_body(void)
{
    struct ucg *g = starting;
    const char *s = g->text;
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
        g->value.t = t;
        ucg_yield(g);
    }
    g->done = true;
}

static long run_range(long n, long setup, const char *text)
{
    struct ucg g;
    g.arg = setup; g.text = text;
    ucg_init(&g, range_body);
    long sum = 0;
    for (long k = 0; k < n && ucg_next(&g); k++) {
        sum += g.value.i;
        SINK(sum);
    }
    free(g.stack);      /* abandoning a suspended context is allowed */
    return sum;
}

static long run_tri(long n, long setup, const char *text)
{
    struct ucg g;
    g.arg = TRI_REPS(setup); g.text = text;
    ucg_init(&g, tri_body);
    long sum = 0;
    for (long k = 0; k < n && ucg_next(&g); k++) {
        sum += g.value.i;
        SINK(sum);
    }
    free(g.stack);
    return sum;
}

static long run_tok(long n, long setup, const char *text)
{
    struct ucg g;
    g.arg = setup; g.text = text;
    ucg_init(&g, tok_body);
    long sum = 0;
    for (long k = 0; k < n && ucg_next(&g); k++) {
        sum += tok_sum(g.value.t);
        SINK(sum);
    }
    free(g.stack);
    return sum;
}

static size_t fr(void) { return sizeof(struct ucg) + STACK_BYTES; }

const struct impl impls[] = {
    { "range", run_range, fr, "sizeof+16KiB_stack" },
    { "tri", run_tri, fr, "sizeof+16KiB_stack" },
    { "tok", run_tok, fr, "sizeof+16KiB_stack" },
    { 0, 0, 0, 0 },
};

/*
** plan_loop.c -- plan: counted loops (find_loop.c).  The yield that ends
** the body of `for (int i = 0; i < n; i++)` may run the increment before
** it suspends, its resumption going straight to the test: the loop is
** then entered at the same place by its first iteration and by every
** resume, and once the step is inlined into a caller's loop the compilers
** make of the two loops one, as a hand-written iterator's (`if (i >= n)
** return false; *out = i++;`).  If the generator's body begins with that
** loop, the first step goes to that resumption too, the constructor
** setting what the loop's first clause would: the first step and every
** resume are then the same code.  Done only where no one can tell:
**
** - the counter is a local (or a parameter) the frame copies (its address
**   never taken, not volatile, no cleanup that would see it), the body does
**   not write it, and nothing enters the body but the test (no label in it,
**   no `case` of a switch around it) nor `continue`s it, nor is there what
**   find cannot follow (an `asm`, code from an #include): so the increment
**   is the loop's only one, and it runs once after each pass of the body;
** - the increment cannot overflow where it would not have: its type is
**   unsigned or narrower than int, or the test is `i < X` for `i++` (`i > X`
**   for `i--`) compared in the counter's type; run early, it runs
**   even if the generator is never resumed or is closed there, where the
**   source would not have run it, which only such a step makes harmless;
** - the yield is a statement of its own (`yield e;`, not `yield from`),
**   the body's last;
** - for the start: the loop is the body's first statement (no directive
**   before it), its first clause declares integers, each initialized by a
**   text the constructor can write to the same effect (a parameter's name,
**   or a constant of literals and operators: find_loop.c
**   plain_initializer), and each copied at that yield (in a field of its
**   type); no cleanup is in scope there.
*/
#include "yc.h"

#include <string.h>

static bool written_in(const Var *v, Span body)
{
    for (int i = 0; i < v->writes.len; i++)
        if (v->writes.items[i] >= body.begin && v->writes.items[i] < body.end)
            return true;
    return false;
}

typedef struct Query {
    const Gen *g;
    size_t off;
} Query;

static bool jump_before(const void *ctx, int i)
{
    const Query *q = ctx;
    return q->g->jumps.items[i]->begin < q->off;
}

static bool stmt_before(const void *ctx, int i)
{
    const Query *q = ctx;
    return q->g->stmts.items[i]->begin < q->off;
}

/* A `continue` of the loop (the jumps are in source order). */
static bool continued(const Gen *g, const CountedFor *cf)
{
    Query q = { g, cf->body.begin };
    for (int i = lower_bound(g->jumps.len, jump_before, &q); i < g->jumps.len; i++) {
        const Jump *j = g->jumps.items[i];
        if (j->begin >= cf->body.end)
            break;
        if (j->kind == J_CONTINUE && j->target == cf->begin)
            return true;
    }
    return false;
}

static bool live_at(const Yield *y, const Var *v)
{
    for (int i = 0; i < y->live.len; i++)
        if (y->live.items[i] == v)
            return true;
    return false;
}

/* The statement with yields that begins at `begin` and ends at `end`
   (any end: 0), or NULL (the statements are sorted by where they begin). */
static Stmt *stmt_at(const Gen *g, size_t begin, size_t end)
{
    Query q = { g, begin };
    for (int i = lower_bound(g->stmts.len, stmt_before, &q); i < g->stmts.len; i++) {
        Stmt *t = g->stmts.items[i];
        if (t->begin != begin)
            break;
        if (!end || t->end == end)
            return t;
    }
    return NULL;
}

static bool starts_at(const CountedFor *cf, const Yield *y)
{
    if (!cf->first_in_body || !cf->inits_known || y->cleanups.len)
        return false;
    for (int i = 0; i < cf->inits.len; i++) {
        const Var *v = cf->inits.items[i];
        if (v->storage != ST_COPY || !live_at(y, v) || v->addr_taken || v->is_volatile || by_bytes(v))
            return false;   /* (a field of bytes: its type is the body's, `__typeof__(1 + 1)`) */
    }
    return true;
}

void plan_counted_fors(Gen *g)
{
    for (int i = 0; i < g->counted_fors.len; i++) {
        CountedFor *cf = g->counted_fors.items[i];
        const Var *v = cf->counter;
        /* (no_overflow first: find asks the facts after it only if it holds;
           a statement with yields at the loop: its first clause, test or
           increment yields, and it is lowered) */
        if (!cf->no_overflow || v->storage != ST_COPY || v->addr_taken || v->is_volatile || v->has_cleanup ||
            cf->entered_inside || written_in(v, cf->body) || continued(g, cf) || stmt_at(g, cf->begin, 0))
            continue;
        Stmt *s = stmt_at(g, cf->last.begin, cf->last.end);
        if (!s || !s->whole_is_yield || s->yields.len != 1 || s->loop != LOOP_NONE || s->is_decl)
            continue;
        Yield *y = s->yields.items[0];
        if (y->tok->is_from || y->kids.len)
            continue;
        y->advance = cf;
        if (!g->start_at && starts_at(cf, y))
            g->start_at = y;
    }
}

/*
** plan.c -- the fourth stage: the decisions, from find's facts.  This file
** decides where each variable lives, what is copied at each yield and
** whose cleanups the output calls itself; plan_frame.c lays out the frame
** (and which frames it holds), plan_rewrite.c lists the rewrites of the
** body.
**
** A variable is preserved when it can be used after some yield resumes
** (live_after): parameters that the body uses (it runs after the
** constructor returns), locals used after a yield in their scope, or in a
** loop around it.  A preserved variable is copied in and out of the frame
** around the suspensions it is live across (so it stays an ordinary C
** variable: macros that mention it, debuggers, and the user's statements
** see it by its own name), unless it must have one address for its whole
** life (its address is taken, it is an array whose pointer escapes, const,
** volatile, or hidden by an inner variable at a yield): then it lives in
** the frame and its uses are rewritten to the frame field.
*/
#include "yc.h"

#include <stdlib.h>
#include <string.h>

/* A loop's place in g->loops, with its extent to sort by. */
typedef struct LoopKey {
    Span ext;
    int index;
} LoopKey;

/* The planner's state: the generator being planned, and indexes over it
   (so that planning a generator with thousands of variables and yields
   stays near linear in its size), in memory reused from one generator to
   the next (thousands of small generators must not each take new pages). */
typedef struct Planner {
    Tool *t;
    Gen *g;
    Map field_names;            /* the fields named so far in g */
    /* the uses of variable i: refs[ref_first[i] .. ref_first[i + 1]) */
    VEC(int) ref_first;
    VEC(const Ref *) refs;      /* in g->refs' order within each variable */
    VEC(size_t) ats;            /* the same uses' offsets, sorted within each variable */
    VEC(int) var_of_ref;
    VEC(size_t) labels;         /* where labels are, sorted */
    VEC(bool) labelled;         /* [var]: a label in its scope */
    bool loops_nested;          /* loops nest (as statements do): loop_first/loops hold, per yield, */
    VEC(int) loop_first;        /* the loops around it: loops[loop_first[k] .. loop_first[k + 1]) */
    VEC(int) loops;
    VEC(LoopKey) loop_keys;
    VEC(int) order, stack;      /* index_loops' */
    VEC(size_t) tmin;           /* [yield]: the earliest start of what can use a variable after it, from there on */
    VEC(int) cand_first, cands; /* per yield, the variables that can be live after it: cands[cand_first[k]..] */
    VEC(int) cleanups;          /* the variables whose cleanup the tool calls */
    VEC(Var *) by_name;         /* plan_shadowed's */
    VEC(Var *) with_cleanup;    /* plan_cleanup_order's */
} Planner;

static bool visible_at(const Var *v, size_t off)
{
    return off >= v->decl_end && off >= v->scope_begin && off < v->scope_end;
}

/* ---- indexes over the generator being planned ---- */

/* Room for n items (and one more) in the array *items of *cap items of
   `size` bytes, zeroed if `zero`: kept from the generator before when it
   is large enough. */
static void *scratch(void *items, int *cap, size_t n, size_t size, bool zero)
{
    if (n + 1 > (size_t)*cap) {
        *cap = (int)(2 * (n + 1));
        return yc_alloc((size_t)*cap * size);   /* zeroed */
    }
    if (zero)
        memset(items, 0, (n + 1) * size);
    return items;
}

#define RESERVE(v, n, zero) ((v)->items = scratch((v)->items, &(v)->cap, (size_t)(n), sizeof *(v)->items, (zero)))

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Loops by their beginning, the outer first. */
static int cmp_loop_key(const void *a, const void *b)
{
    const LoopKey *x = a, *y = b;
    if (x->ext.begin != y->ext.begin)
        return x->ext.begin < y->ext.begin ? -1 : 1;
    if (x->ext.end != y->ext.end)
        return x->ext.end > y->ext.end ? -1 : 1;
    return x->index - y->index;
}

/* Per yield, the loops around it, by a sweep over loops and yields in
   source order; false if the loops do not nest (then live_after looks at
   every loop). */
static bool index_loops(Planner *p)
{
    const Gen *g = p->g;
    const Span *loops = g->loops.items;
    int nl = g->loops.len, ny = g->yields.len;
    int *order = RESERVE(&p->order, nl, false);
    LoopKey *keys = RESERVE(&p->loop_keys, nl, false);
    for (int i = 0; i < nl; i++)
        keys[i] = (LoopKey){ loops[i], i };
    if (nl > 1)
        qsort(keys, (size_t)nl, sizeof *keys, cmp_loop_key);
    for (int i = 0; i < nl; i++)
        order[i] = keys[i].index;
    int *stack = RESERVE(&p->stack, nl, false);
    int sp = 0, next = 0;
    RESERVE(&p->loop_first, ny, false);
    p->loops.len = 0;
    for (int k = 0; k < ny; k++) {
        const Yield *y = g->yields.items[k];
        if (k > 0 && g->yields.items[k - 1]->begin > y->begin)
            return false;   /* yields out of order */
        while (next < nl && loops[order[next]].begin <= y->begin) {
            Span l = loops[order[next]];
            while (sp > 0 && loops[stack[sp - 1]].end <= l.begin)
                sp--;
            if (sp > 0 && loops[stack[sp - 1]].end < l.end)
                return false;   /* overlapping, not nested */
            stack[sp++] = order[next++];
        }
        while (sp > 0 && loops[stack[sp - 1]].end <= y->begin)
            sp--;
        for (int i = 0; i < sp; i++)
            if (loops[stack[i]].end <= y->begin)
                return false;   /* an outer loop ended before an inner one */
        p->loop_first.items[k] = p->loops.len;
        for (int i = 0; i < sp; i++)
            vec_push(&p->loops, stack[i]);
    }
    p->loop_first.items[ny] = p->loops.len;
    return true;
}

/* Sorts n offsets: most lists are short. */
static void sort_sizes(size_t *a, int n)
{
    if (n > 16) {
        qsort(a, (size_t)n, sizeof *a, cmp_size);
        return;
    }
    for (int i = 1; i < n; i++) {
        size_t x = a[i];
        int j = i;
        for (; j > 0 && a[j - 1] > x; j--)
            a[j] = a[j - 1];
        a[j] = x;
    }
}

/* Is a label in [begin, end)? */
static bool label_in(const Planner *p, size_t begin, size_t end)
{
    int n = p->g->labels.len, k = lower_bound_size(p->labels.items, n, begin);
    return k < n && p->labels.items[k] < end;
}

static void build_index(Planner *p)
{
    const Gen *g = p->g;
    int nv = g->vars.len, nr = g->refs.len;
    /* the uses of each variable, counted then placed */
    int *ref_first = RESERVE(&p->ref_first, nv + 1, true);
    RESERVE(&p->refs, nr, false);
    RESERVE(&p->ats, nr, false);
    int *var_of_ref = RESERVE(&p->var_of_ref, nr, false);
    for (int i = 0; i < nr; i++) {
        var_of_ref[i] = g->refs.items[i]->var->index;
        if (var_of_ref[i] >= 0)
            ref_first[var_of_ref[i] + 2]++;
    }
    for (int i = 0; i < nv; i++)
        ref_first[i + 2] += ref_first[i + 1];
    for (int i = 0; i < nr; i++)
        if (var_of_ref[i] >= 0) {
            int at = ref_first[var_of_ref[i] + 1]++;
            p->refs.items[at] = g->refs.items[i];
            p->ats.items[at] = g->refs.items[i]->at;
        }
    for (int i = 0; i < nv; i++)
        sort_sizes(p->ats.items + ref_first[i], ref_first[i + 1] - ref_first[i]);
    RESERVE(&p->labels, g->labels.len, false);
    for (int i = 0; i < g->labels.len; i++)
        p->labels.items[i] = g->labels.items[i];
    sort_sizes(p->labels.items, g->labels.len);
    RESERVE(&p->labelled, nv, false);
    for (int i = 0; i < nv; i++) {
        const Var *v = g->vars.items[i];
        p->labelled.items[i] = label_in(p, v->scope_begin, v->scope_end);
    }
    p->loops_nested = index_loops(p);
}

/* The uses of v, in g->refs' order. */
static const Ref *const *refs_of(const Planner *p, const Var *v, int *n)
{
    int i = v->index;
    *n = p->ref_first.items[i + 1] - p->ref_first.items[i];
    return p->refs.items + p->ref_first.items[i];
}

/* Is variable i used in [begin, end)? */
static bool used_in(const Planner *p, int i, size_t begin, size_t end)
{
    const size_t *a = p->ats.items + p->ref_first.items[i];
    int n = p->ref_first.items[i + 1] - p->ref_first.items[i], k = lower_bound_size(a, n, begin);
    return k < n && a[k] < end;
}

/* ---- what lives across a yield ---- */

/* Is the use at `at` evaluated before y suspends, in y's statement?  In y's
   operand, or in the operand of a yield of the statement to y's left: the
   statement's yields are hoisted in evaluation order (left to right, an
   operand's yields before their own).  So a variable live across a yield is
   live across every yield of the statement evaluated before it, too. */
static bool before_suspension(const Stmt *s, const Yield *y, size_t at)
{
    if (at >= y->begin && at < y->end)
        return true;
    for (int k = 0; s && k < s->yields.len; k++) {
        const Yield *w = s->yields.items[k];
        if (w->end <= y->begin && at >= w->begin && at < w->end)
            return true;
    }
    return false;
}

/* Can v be used after y resumes, before it is declared again?  Yes, as far
   as text shows, if it is used at or after y's statement in its scope, or
   anywhere in a loop around y inside its scope, or if its scope holds a
   label (a goto may lead anywhere), or if its address is taken or it has a
   cleanup; no if y's resumption first assigns v (`v = yield e`). */
static bool live_after(const Planner *p, int vi, int yk)
{
    const Gen *g = p->g;
    const Var *v = g->vars.items[vi];
    const Yield *y = g->yields.items[yk];
    if (!visible_at(v, y->begin))
        return false;
    /* a pointer to it may be used anywhere; a cleanup uses it at the scope's end */
    if (v->addr_taken || (v->is_array && v->decays) || v->is_param || v->has_cleanup)
        return true;
    const Stmt *s = y->stmt;
    size_t from = s ? s->begin : y->begin;   /* what runs after y resumes starts there */
    /* its uses from `from` to its scope's end, in order (sorted) */
    const size_t *ats = p->ats.items + p->ref_first.items[vi];
    int nrefs = p->ref_first.items[vi + 1] - p->ref_first.items[vi];
    if (y->assigns == v) {
        /* `v = yield e`: after the assignment, nothing reads the old v;
           before it, only the rest of its full expression may (`{ v, (v =
           yield 1) }`, an order C leaves open, which the tool's order puts
           after the resumption), the assignment's own `v` aside */
        Span full = y->assigns_in;
        for (int i = lower_bound_size(ats, nrefs, full.begin); i < nrefs && ats[i] < full.end; i++)
            if (ats[i] != y->assigns_at && !before_suspension(s, y, ats[i]))
                return true;
        return false;
    }
    if (p->labelled.items[vi])
        return true;
    for (int i = lower_bound_size(ats, nrefs, from); i < nrefs && ats[i] < v->scope_end; i++)
        if (!before_suspension(s, y, ats[i]))
            return true;
    /* a use in a loop around y (inside v's scope) */
    int k = p->loops_nested ? yk : -1;
    int lfirst = k >= 0 ? p->loop_first.items[k] : 0, llast = k >= 0 ? p->loop_first.items[k + 1] : g->loops.len;
    for (int i = lfirst; i < llast; i++) {
        Span loop = g->loops.items[k >= 0 ? p->loops.items[i] : i];
        if (loop.begin < v->scope_begin || loop.end > v->scope_end || y->begin < loop.begin || y->begin >= loop.end)
            continue;
        if (used_in(p, vi, loop.begin, loop.end))
            return true;
    }
    return false;
}

typedef struct YieldQuery {
    const Gen *g;
    size_t off;
} YieldQuery;

static bool yield_before(const void *ctx, int i)
{
    const YieldQuery *q = ctx;
    return q->g->yields.items[i]->begin < q->off;
}

/* The first of g's yields that begins at or after off. */
static int first_yield_from(const Gen *g, size_t off)
{
    YieldQuery q = { g, off };
    return lower_bound(g->yields.len, yield_before, &q);
}

/* Is v live after some yield?  Only the yields where it is visible can
   say so: those from its declaration to its scope's end (yields are
   sorted). */
static bool spans_yield(const Planner *p, const Var *v)
{
    const Gen *g = p->g;
    size_t from = v->decl_end > v->scope_begin ? v->decl_end : v->scope_begin;
    for (int k = first_yield_from(g, from); k < g->yields.len && g->yields.items[k]->begin < v->scope_end; k++)
        if (live_after(p, v->index, k))
            return true;
    return false;
}

/* ---- where each variable lives ---- */

static bool same_name(const void *val, const void *name)
{
    return !strcmp(val, name);
}

/* Is `name` a field of the frame already?  (Variables are named in order:
   those are the fields of the variables before the one named.) */
static bool field_taken(const Planner *p, const char *name)
{
    static const char *const reserved[] = { "yc_state", "yc_value", "yc_result", "yc_sent", NULL };
    for (int i = 0; reserved[i]; i++)
        if (!strcmp(name, reserved[i]))
            return true;
    return map_get(&p->field_names, hash_str(name), same_name, name) != NULL;
}

static void name_field(Planner *p, Var *v)
{
    v->field = v->name;
    for (int n = 2; field_taken(p, v->field); n++)
        v->field = yc_format("%s_%d", v->name, n);
    map_put(&p->field_names, hash_str(v->field), v->field);
}

/* A local with a cleanup that lives across a yield loses its attribute
   (the body returns at each suspension, which would run it); the output
   calls the cleanup on every way out of its scope instead, and yc_close
   when the generator is closed inside it.  So those ways must be ours to
   change.  `outer`: the variable whose cleanup v's must precede
   (plan_cleanup_order), when v itself lives across no yield. */
static void plan_cleanup(Planner *p, Var *v, const Var *outer)
{
    Gen *g = p->g;
    Diag *dg = &p->t->diag;
    v->cleanup_by_tool = true;
    if (v->attr_begin == (size_t)-1 || v->in_for_init) {
        const char *why = v->in_for_init
            ? "is declared in a 'for' clause: declare it before the 'for', in a block around it"
            : "its attribute cannot be taken off its declaration: write it as '__attribute__((cleanup(fn)))'";
        if (outer)
            error_at(dg, v->name_off, "'%s' has a cleanup, which must run before that of '%s', which lives "
                                      "across a yield, and %s", v->name, outer->name, why);
        else if (v->in_for_init)
            error_at(dg, v->name_off, "'%s' has a cleanup, lives across a yield and %s", v->name, why);
        else
            error_at(dg, v->name_off, "'%s' has a cleanup and lives across a yield, but %s", v->name, why);
        return;
    }
    for (int i = 0; i < g->jumps.len; i++) {
        Jump *j = g->jumps.items[i];
        if (j->from_macro && jump_leaves(j, v)) {
            error_at(dg, j->begin, "a '%s' from a macro leaves the scope of '%s', which has a cleanup and "
                                   "lives across a yield: write the '%s' in the generator's body",
                     jump_word(j->kind), v->name, jump_word(j->kind));
            note_at(dg, v->name_off, "'%s' is declared here", v->name);
        }
    }
    g->has_cleanups = true;
}

/* Is one of these uses written in a macro's argument? */
static bool named_in_macro_argument(const Tool *t, const Ref *const *refs, int nrefs)
{
    for (int i = 0; i < nrefs; i++)
        if (refs[i]->off != (size_t)-1 &&     /* in a macro's body: in_macro_body says so */
            invocation_holding(t, refs[i]->off))
            return true;
    return false;
}

/* The largest variable copied to and from its field around suspensions;
   a larger one lives in the frame.  32 bytes: four registers' worth, what
   compilers still keep out of memory. */
enum { COPY_MAX_BYTES = 32 };

static void plan_storage(Planner *p, Var *v)
{
    Diag *dg = &p->t->diag;
    int nrefs;
    const Ref *const *refs = refs_of(p, v, &nrefs);
    bool preserved = v->is_param ? nrefs > 0 : !v->is_static && spans_yield(p, v);
    if (!preserved) {
        v->storage = ST_LOCAL;
        return;
    }
    if (v->has_cleanup)
        plan_cleanup(p, v, NULL);
    /* an array that a macro names, and that no pointer escapes from, is
       copied instead: the macro's text then needs no rewriting */
    bool copied_array = v->is_array && v->in_macro_body && !v->decays && !v->addr_taken;
    bool fixed = (v->is_array && !copied_array) || v->addr_taken || v->is_const || v->is_volatile;
    /* one too big to copy out and in at each suspension lives in its field,
       as a hand-written state machine keeps it, where nothing asks for a
       copy: no macro names it (its uses would be rewritten in the macro's
       arguments, which `assert` prints as written), no macro writes its `for` */
    bool big = v->size > COPY_MAX_BYTES && !v->in_macro_body && !(v->in_for_init && v->for_in_macro) &&
               !named_in_macro_argument(p->t, refs, nrefs);
    /* one declared in a switch before its first label is never
       initialized, not even from the frame: a copy would be saved
       uninitialized at a yield before its first assignment, which -Wall
       reports (unless a macro names it: its text is not rewritten) */
    bool switch_head = v->before_first_case && !v->in_macro_body;
    v->storage = fixed || big || switch_head ? ST_FRAME : ST_COPY;
    name_field(p, v);
    if (v->storage != ST_FRAME)
        return;
    if (v->in_for_init && v->for_in_macro) {
        error_at(dg, v->name_off, "'%s' must live in the generator's frame (its address is taken, or it is "
                                  "an array, const or volatile) and is declared in a 'for' clause that a "
                                  "macro writes: declare it before the 'for'", v->name);
        return;
    }
    for (int i = 0; i < nrefs; i++) {
        const Ref *r = refs[i];
        if (r->off == (size_t)-1 && r->elsewhere) {
            /* (where it is used is not a place of INPUT) */
            error_at(dg, v->name_off, "'%s' is used in a file the generator's body #includes, but it lives in "
                                      "the generator's frame (its address is taken, or it is an array, const "
                                      "or volatile), and yieldc rewrites only this file: write that use here",
                     v->name);
            break;
        }
        if (r->off == (size_t)-1) {
            error_at(dg, r->at, "'%s' is used inside a macro's body, but it lives in the generator's frame "
                                "(its address is taken, or it is an array, const or volatile): pass it to "
                                "the macro as an argument", v->name);
            break;
        }
    }
}

/* GNU C runs the cleanups of a scope in reverse order of declaration.  A
   cleanup the tool calls itself runs before the block's `}` (or the jump
   that leaves it), and one left to the compiler at the `}` itself, after
   those calls: so a cleanup declared later in the scope of one the tool
   calls must be called by the tool too, though it lives across no yield
   (the calls are written innermost first).  And a cleanup among a
   declaration's specifiers applies to each of its declarators: once it
   comes off, the tool calls each one's.  Until nothing changes: each
   cleanup the tool takes over may bring others. */
static void plan_cleanup_order(Planner *p)
{
    const Gen *g = p->g;
    p->with_cleanup.len = 0;
    for (int i = 0; i < g->vars.len; i++)
        if (g->vars.items[i]->has_cleanup)
            vec_push(&p->with_cleanup, g->vars.items[i]);
    Var **cleanups = p->with_cleanup.items;
    int n = p->with_cleanup.len;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++) {
            Var *v = cleanups[i];
            if (!v->cleanup_by_tool)
                continue;
            for (int k = 0; k < n; k++) {
                Var *w = cleanups[k];
                if (w->cleanup_by_tool || w->is_static)
                    continue;
                bool later_inside = w->name_off >= v->decl_end && w->name_off < v->scope_end;
                bool same_attribute = w->stmt_begin == v->stmt_begin && w->attr_begin == v->attr_begin;
                if (later_inside || same_attribute) {
                    plan_cleanup(p, w, v);
                    changed = true;
                }
            }
        }
    }
}

/* A variable whose cleanup the body calls, at a jump out of its scope
   where an inner variable of the same name hides it, is named through the
   frame there: it lives in the frame.  (same: the variables of its name.) */
/* v, whose cleanup the output calls where another name hides it, lives in
   the frame (the call takes `&yc_f->v`). */
static void keep_in_frame(Planner *p, Var *v)
{
    if (v->storage == ST_LOCAL)     /* its cleanup was ordered after another's, it lives across no yield */
        name_field(p, v);
    v->storage = ST_FRAME;
}

static void plan_hidden_cleanup(Planner *p, Var *v, Var **same, int nsame)
{
    const Gen *g = p->g;
    for (int k = 0; k < g->jumps.len; k++) {
        const Jump *j = g->jumps.items[k];
        if (!jump_leaves(j, v))
            continue;
        for (int i = 0; i < nsame; i++) {
            Var *w = same[i];
            if (w != v && w->name_off > v->name_off && visible_at(w, j->begin)) {
                keep_in_frame(p, v);
                return;
            }
        }
    }
}

static int cmp_var_name(const void *a, const void *b)
{
    const Var *x = *(Var *const *)a, *y = *(Var *const *)b;
    return strcmp(x->name, y->name);
}

typedef struct NameQuery {
    Var **by_name;
    const char *name;
} NameQuery;

static bool name_below(const void *ctx, int i)
{
    const NameQuery *q = ctx;
    return strcmp(q->by_name[i]->name, q->name) < 0;
}

/* A name of the body that is not a variable's (an enum constant, a
   typedef, a function: Gen.hiders) hides a variable declared before it
   where the output names that variable: a copied local is copied at the
   end of a yield (the yield may declare the name itself, in its operand:
   `yield (enum { i = 4 })0 + i;`), so it lives in the frame if one of its
   yields ends in the name's scope; a cleanup the output calls at a jump
   in the name's scope takes the address of a variable in the frame. */
static void plan_hidden_by_names(Planner *p, Var **by_name, int n)
{
    const Gen *g = p->g;
    for (int i = 0; i < g->hiders.len; i++) {
        const Hider *h = &g->hiders.items[i];
        NameQuery nq = { by_name, h->name };
        for (int k = lower_bound(n, name_below, &nq); k < n && !strcmp(by_name[k]->name, h->name); k++) {
            Var *v = by_name[k];
            if (v->name_off >= h->at)
                continue;
            for (int y = 0; v->storage == ST_COPY && y < g->yields.len; y++) {
                const Yield *yd = g->yields.items[y];
                if (yd->end > h->at && yd->end <= h->scope_end && visible_at(v, yd->begin))
                    v->storage = ST_FRAME;
            }
            for (int j = 0; v->cleanup_by_tool && v->storage != ST_FRAME && j < g->jumps.len; j++) {
                const Jump *jp = g->jumps.items[j];
                if (jp->begin >= h->at && jp->begin < h->scope_end && jump_leaves(jp, v))
                    keep_in_frame(p, v);
            }
        }
    }
}

/* A variable hidden by an inner one of the same name at some yield cannot
   be copied by its name there: it lives in the frame instead. */
static void plan_shadowed(Planner *p)
{
    Gen *g = p->g;
    /* the variables by name: only those that share theirs can be hidden */
    int n = g->vars.len;
    Var **by_name = RESERVE(&p->by_name, n, false);
    if (n)
        memcpy(by_name, g->vars.items, (size_t)n * sizeof *by_name);
    if (n > 1)
        qsort(by_name, (size_t)n, sizeof *by_name, cmp_var_name);
    plan_hidden_by_names(p, by_name, n);
    for (int a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && !strcmp(by_name[a]->name, by_name[b]->name); b++)
            ;
        for (int i = a; i < b && b - a > 1; i++) {
            Var *v = by_name[i];
            if (v->cleanup_by_tool && v->storage != ST_FRAME)
                plan_hidden_cleanup(p, v, by_name + a, b - a);
            if (v->storage != ST_COPY)
                continue;
            for (int k = 0; k < g->yields.len && v->storage == ST_COPY; k++) {
                Yield *y = g->yields.items[k];
                if (!visible_at(v, y->begin))
                    continue;
                for (int j = a; j < b; j++) {
                    Var *w = by_name[j];
                    if (w != v && w->name_off > v->name_off && visible_at(w, y->begin)) {
                        v->storage = ST_FRAME;
                        break;
                    }
                }
            }
        }
    }
}

/* ---- what is copied around each yield ---- */

/* The yields [*lo, *hi) at which v is visible (yields are sorted). */
static void visible_yields(const Gen *g, const Var *v, int *lo, int *hi)
{
    size_t from = v->decl_end > v->scope_begin ? v->decl_end : v->scope_begin;
    *lo = first_yield_from(g, from);
    *hi = first_yield_from(g, v->scope_end);
    if (*hi < *lo)
        *hi = *lo;
}

static bool always_live(const Planner *p, const Var *v, int vi)
{
    return v->addr_taken || (v->is_array && v->decays) || v->is_param || v->has_cleanup || p->labelled.items[vi];
}

/* Which variables plan_live must ask about at each yield, in order: a
   variable copied in and out, visible there, and either live wherever it
   is visible or used at or after the earliest place that can run after
   that yield or a later one (its statement, or a loop around it): others
   cannot be live there.  So a generator with many variables and yields is
   not planned in (variables x yields). */
static void plan_candidates(Planner *p)
{
    const Gen *g = p->g;
    int ny = g->yields.len, nv = g->vars.len;
    size_t *tmin = RESERVE(&p->tmin, ny, false);
    for (int k = ny - 1; k >= 0; k--) {
        const Yield *y = g->yields.items[k];
        size_t t = y->stmt ? y->stmt->begin : y->begin;
        int first = p->loops_nested ? p->loop_first.items[k] : 0;
        int last = p->loops_nested ? p->loop_first.items[k + 1] : g->loops.len;
        for (int i = first; i < last; i++) {
            Span loop = g->loops.items[p->loops_nested ? p->loops.items[i] : i];
            if (y->begin >= loop.begin && y->begin < loop.end && loop.begin < t)
                t = loop.begin;
        }
        if (t > y->begin)
            t = y->begin;
        tmin[k] = k + 1 < ny && tmin[k + 1] < t ? tmin[k + 1] : t;
    }
    p->cleanups.len = 0;
    for (int i = 0; i < nv; i++) {
        const Var *v = g->vars.items[i];
        if (v->cleanup_by_tool)
            vec_push(&p->cleanups, i);
    }
    int *cand_first = RESERVE(&p->cand_first, ny + 1, true);
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < nv; i++) {
            const Var *v = g->vars.items[i];
            if (v->storage != ST_COPY)
                continue;
            int lo, hi;
            visible_yields(g, v, &lo, &hi);
            if (!always_live(p, v, i)) {
                int nrefs = p->ref_first.items[i + 1] - p->ref_first.items[i];
                if (!nrefs)
                    continue;
                /* the first yield from which on nothing can use it */
                size_t last_use = p->ats.items[p->ref_first.items[i + 1] - 1];
                hi = lo + lower_bound_size(tmin + lo, hi - lo, last_use + 1);
            }
            for (int k = lo; k < hi; k++) {
                if (pass == 0)
                    cand_first[k + 2]++;
                else
                    p->cands.items[cand_first[k + 1]++] = i;
            }
        }
        if (pass == 0) {
            for (int k = 0; k < ny; k++)
                cand_first[k + 2] += cand_first[k + 1];
            RESERVE(&p->cands, cand_first[ny + 1], false);
        }
    }
}

/* Which variables are copied out and in around yield y: those that can be
   used after it resumes; and which cleanups yc_close runs there. */
static void plan_live(Planner *p, Yield *y)
{
    const Gen *g = p->g;
    int yk = y->index;
    for (int c = p->cand_first.items[yk]; c < p->cand_first.items[yk + 1]; c++)
        if (live_after(p, p->cands.items[c], yk))
            vec_push(&y->live, g->vars.items[p->cands.items[c]]);
    for (int c = 0; c < p->cleanups.len; c++) {
        Var *v = g->vars.items[p->cleanups.items[c]];
        if (visible_at(v, y->begin))
            vec_push(&y->cleanups, v);
    }
}

/* Is x's value used only after another suspension?  Its value is used
   when its parent (or the statement) goes on: late if a later node sits in
   the same part, or if it is the right side of a `,` that is itself late. */
static bool consumed_late(const Stmt *s, const XNode *x)
{
    const XNodeVec *sibs = x->parent ? &x->parent->kids : &s->top;
    for (int i = 0; i < sibs->len; i++) {
        const XNode *o = sibs->items[i];
        if (o->begin > x->begin && (x->parent ? o->part == x->part : true))
            return true;
    }
    return x->parent && x->parent->kind == X_COMMA && x->part == 1 && consumed_late(s, x->parent);
}

static void plan_node_temps(Gen *g, Stmt *s, XNode *x)
{
    if (x->kind == X_YIELD && x->tok->is_from) {
        /* a recursive sub-frame is freed once finished: keep its result */
        if (strcmp(x->sub_rtype, "void") && (x->sub_frame == SUB_ALLOCATED || consumed_late(s, x)))
            x->temp = yc_format("yc_result_%d", x->state);
    } else if (x->kind == X_YIELD && g->def->stype && consumed_late(s, x))
        x->temp = yc_format("yc_sent_%d", x->state);
    else if (x->kind == X_AND || x->kind == X_OR || (x->kind == X_COND && strcmp(x->type, "void")))
        x->temp = yc_format("yc_t%d", g->temps.len + 1);
    if (x->temp)
        vec_push(&g->temps, x);
    for (int i = 0; i < x->kids.len; i++)
        plan_node_temps(g, s, x->kids.items[i]);
}

/* A macro named like what yieldc rewrites: a jump's keyword (`#define
   continue { k++; continue; }`) where the jump changes (it continues a
   lowered loop, or leaves a cleanup's scope), or a variable the frame
   keeps: in the frame, its uses are rewritten (`yc_f->k`, without the
   macro); copied, the code yieldc writes names it (`yc_f->k = k`), where
   an object-like macro expands.  The text there is the macro's name, not
   what it expands to, and expanding it in place names the macro again.
   (A function-like macro named like a copied variable, the common
   `#define debug(...) if (debug) ...`, is fine.) */
static void refuse_macros_named_like(Planner *p, Gen *g)
{
    Diag *dg = &p->t->diag;
    for (int i = 0; i < g->jumps.len; i++) {
        const Jump *j = g->jumps.items[i];
        if (!j->named_by_macro || !(j->continue_to || j->cleanups.len))
            continue;
        error_at(dg, j->begin, "this '%s' is macro '%s', and yieldc must rewrite the jump (%s), which it "
                               "cannot do through a macro named like its keyword: rename the macro",
                 jump_word(j->kind), jump_word(j->kind),
                 j->continue_to ? "it continues a loop whose test or increment yields"
                                : "it leaves the scope of a local with a cleanup that lives across a yield");
    }
    for (int i = 0; i < g->refs.len; i++) {
        const Ref *r = g->refs.items[i];
        const Var *v = r->var;
        if (r->named_by_macro && (v->storage == ST_FRAME || (v->storage == ST_COPY && !r->macro_called))) {
            error_at(dg, r->off, "this '%s' is macro '%s', named like %s '%s', which the generator's frame keeps: "
                                 "yieldc rewrites its uses or names it in its own code: rename the macro or the "
                                 "variable",
                     v->name, v->name, v->is_param ? "the parameter" : "the local", v->name);
            note_at(dg, v->name_off, "'%s' is declared here", v->name);
            return;
        }
    }
}

static void plan_generator(Planner *p, Gen *g)
{
    p->g = g;
    build_index(p);
    map_clear(&p->field_names);
    for (int i = 0; i < g->vars.len; i++)
        plan_storage(p, g->vars.items[i]);
    plan_cleanup_order(p);
    plan_shadowed(p);
    for (int i = 0; i < g->literals.len; i++)
        g->literals.items[i]->field = yc_format("yc_literal_%d", i + 1);
    for (int i = 0; i < g->yields.len; i++)
        g->yields.items[i]->state = i + 1;
    plan_subs(p->t, g);
    plan_candidates(p);
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        if (!s->yields.len)
            continue;
        for (int k = 0; k < s->yields.len; k++)
            plan_live(p, s->yields.items[k]);
        for (int k = 0; k < s->top.len; k++)
            plan_node_temps(g, s, s->top.items[k]);
    }
    plan_counted_fors(g);
    plan_frame(g);
    plan_rewrites(g);
    refuse_macros_named_like(p, g);
}

void plan_generators(Tool *t)
{
    Planner p = { .t = t };
    for (int i = 0; i < t->gens.len; i++)
        plan_generator(&p, t->gens.items[i]);
    plan_frames(t);
}

/*
** plan.c -- the fourth stage: decide the frame.  A variable is preserved
** when it can be used after some yield resumes (live_after): parameters
** that the body uses (it runs after the constructor returns), locals used
** after a yield in their scope, or in a loop around it.  A preserved
** variable is copied in and out of the frame around the suspensions it is
** live across (so it stays an ordinary C variable: macros that mention it,
** debuggers, and the user's statements see it by its own name), unless it
** must have one address for its whole life (its address is taken, it is an
** array whose pointer escapes, const, volatile, or hidden by an inner
** variable at a yield): then it lives in the frame and its uses are
** rewritten to the frame field.
*/
#include "yc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static bool visible_at(const Var *v, size_t off)
{
    return off >= v->decl_end && off >= v->scope_begin && off < v->scope_end;
}

/* ---- indexes over the generator being planned: planning a generator
   with thousands of variables and yields stays near linear in its size ---- */

/* Memory reused from one generator to the next (thousands of small
   generators must not each take new pages): *buf holds n items of size
   `size` at least, and is zeroed if `zero`. */
static void *scratch(void *bufp, size_t *cap, size_t n, size_t size, bool zero)
{
    void **buf = bufp;
    if (n + 1 > *cap) {
        *cap = 2 * (n + 1);
        free(*buf);
        *buf = malloc(*cap * size);
        if (!*buf)
            abort();
    }
    if (zero)
        memset(*buf, 0, (n + 1) * size);
    return *buf;
}

/* Sorts n offsets: most lists are short. */
static int cmp_size(const void *a, const void *b);
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

/* Pointers to ints, by open addressing. */
typedef struct PtrMap {
    const void **keys;
    int *vals;
    size_t cap;
    size_t keys_cap, vals_cap;  /* of the memory kept for the next generator */
} PtrMap;

static size_t ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

static void map_init(PtrMap *m, int n)
{
    m->cap = 16;
    while (m->cap < 2 * (size_t)n + 16)
        m->cap *= 2;
    m->keys = scratch(&m->keys, &m->keys_cap, m->cap, sizeof *m->keys, true);
    m->vals = scratch(&m->vals, &m->vals_cap, m->cap, sizeof *m->vals, false);
}

/* Maps k to v unless k is mapped already. */
static void map_add(PtrMap *m, const void *k, int v)
{
    size_t i = ptr_hash(k) & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != k)
        i = (i + 1) & (m->cap - 1);
    if (!m->keys[i]) {
        m->keys[i] = k;
        m->vals[i] = v;
    }
}

static int map_get(const PtrMap *m, const void *k)
{
    for (size_t i = ptr_hash(k) & (m->cap - 1); m->keys[i]; i = (i + 1) & (m->cap - 1))
        if (m->keys[i] == k)
            return m->vals[i];
    return -1;
}

static struct Index {
    size_t order_cap, stack_cap, loop_first_cap, loops_cap, ref_first_cap, refs_cap, ats_cap,
        var_of_ref_cap, labels_cap;
    int *order, *stack, *var_of_ref;
    size_t labelled_cap, yield_stmt_cap, tmin_cap, cand_first_cap, cands_cap;
    size_t *tmin;           /* [yield]: the earliest start of what can use a variable after it, from there on */
    int *cand_first, *cands;    /* per yield, the variables that can be live after it: cands[cand_first[k]..] */
    size_t cleanups_cap;
    int *cleanups, ncleanups;   /* the preserved variables with a cleanup */
    bool *labelled;         /* [var]: a label in its scope */
    const Stmt **yield_stmt;    /* [yield]: the statement holding it */
    PtrMap stmt_of;         /* Yield* -> index in g->stmts of the first statement holding it */
    PtrMap var_index;       /* Var* -> index in g->vars */
    PtrMap yield_index;     /* Yield* -> index in g->yields */
    int *ref_first;         /* the uses of var i: refs[ref_first[i] .. ref_first[i + 1]) */
    const Ref **refs;       /* in g->refs' order within each variable */
    size_t *ats;            /* the same uses' offsets, sorted within each variable */
    size_t *labels;         /* where labels are, sorted */
    bool loops_nested;      /* loops nest (as statements do): loop_first/loops hold, per yield, */
    int *loop_first;        /* the loops around it: loops[loop_first[k] .. loop_first[k + 1]) */
    int *loops;
} ix;

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static const size_t *loop_at(const Gen *g, int i)
{
    return g->loops.items[i];
}

/* Loops by their beginning, the outer first. */
static const Gen *sorting;
static int cmp_loop_index(const void *a, const void *b)
{
    const size_t *x = loop_at(sorting, *(const int *)a), *y = loop_at(sorting, *(const int *)b);
    if (x[0] != y[0])
        return x[0] < y[0] ? -1 : 1;
    if (x[1] != y[1])
        return x[1] > y[1] ? -1 : 1;
    return *(const int *)a - *(const int *)b;
}

/* Per yield, the loops around it, by a sweep over loops and yields in
   source order; false if the loops do not nest (then live_after looks at
   every loop). */
static bool index_loops(const Gen *g)
{
    int nl = g->loops.len, ny = g->yields.len;
    int *order = ix.order = scratch(&ix.order, &ix.order_cap, (size_t)nl, sizeof *order, false);
    for (int i = 0; i < nl; i++)
        order[i] = i;
    sorting = g;
    if (nl > 1)
        qsort(order, (size_t)nl, sizeof *order, cmp_loop_index);
    int *stack = ix.stack = scratch(&ix.stack, &ix.stack_cap, (size_t)nl, sizeof *stack, false);
    int sp = 0, next = 0;
    ix.loop_first = scratch(&ix.loop_first, &ix.loop_first_cap, (size_t)ny, sizeof *ix.loop_first, false);
    int total = 0;
    int *list = ix.loops;
    size_t cap = ix.loops_cap;
    for (int k = 0; k < ny; k++) {
        const Yield *y = g->yields.items[k];
        if (k > 0 && ((const Yield *)g->yields.items[k - 1])->begin > y->begin)
            return false;   /* yields out of order */
        while (next < nl && loop_at(g, order[next])[0] <= y->begin) {
            const size_t *l = loop_at(g, order[next]);
            while (sp > 0 && loop_at(g, stack[sp - 1])[1] <= l[0])
                sp--;
            if (sp > 0 && loop_at(g, stack[sp - 1])[1] < l[1])
                return false;   /* overlapping, not nested */
            stack[sp++] = order[next++];
        }
        while (sp > 0 && loop_at(g, stack[sp - 1])[1] <= y->begin)
            sp--;
        for (int i = 0; i < sp; i++)
            if (loop_at(g, stack[i])[1] <= y->begin)
                return false;   /* an outer loop ended before an inner one */
        ix.loop_first[k] = total;
        if ((size_t)(total + sp) > cap) {
            cap = 2 * ((size_t)total + (size_t)sp) + 16;
            list = realloc(list, cap * sizeof *list);
            if (!list)
                abort();
            ix.loops = list;
            ix.loops_cap = cap;
        }
        for (int i = 0; i < sp; i++)
            list[total++] = stack[i];
    }
    ix.loop_first[ny] = total;
    ix.loops = list;
    return true;
}

static bool label_in(const Gen *g, size_t begin, size_t end);
static const Stmt *stmt_of(const Gen *g, const Yield *y);

static void build_index(const Gen *g)
{
    int nv = g->vars.len, nr = g->refs.len;
    map_init(&ix.stmt_of, g->yields.len);
    for (int i = 0; i < g->stmts.len; i++) {
        const Stmt *s = g->stmts.items[i];
        for (int k = 0; k < s->yields.len; k++)
            map_add(&ix.stmt_of, s->yields.items[k], i);
    }
    map_init(&ix.yield_index, g->yields.len);
    for (int k = 0; k < g->yields.len; k++)
        map_add(&ix.yield_index, g->yields.items[k], k);
    map_init(&ix.var_index, nv);
    for (int i = 0; i < nv; i++) {
        map_add(&ix.var_index, g->vars.items[i], i);
        ((Var *)g->vars.items[i])->index = i;
    }
    /* the uses of each variable, counted then placed */
    ix.ref_first = scratch(&ix.ref_first, &ix.ref_first_cap, (size_t)nv + 1, sizeof *ix.ref_first, true);
    ix.refs = scratch(&ix.refs, &ix.refs_cap, (size_t)nr, sizeof *ix.refs, false);
    ix.ats = scratch(&ix.ats, &ix.ats_cap, (size_t)nr, sizeof *ix.ats, false);
    int *var_of_ref = ix.var_of_ref = scratch(&ix.var_of_ref, &ix.var_of_ref_cap, (size_t)nr,
                                              sizeof *var_of_ref, false);
    for (int i = 0; i < nr; i++) {
        var_of_ref[i] = map_get(&ix.var_index, ((const Ref *)g->refs.items[i])->var);
        if (var_of_ref[i] >= 0)
            ix.ref_first[var_of_ref[i] + 2]++;
    }
    for (int i = 0; i < nv; i++)
        ix.ref_first[i + 2] += ix.ref_first[i + 1];
    for (int i = 0; i < nr; i++)
        if (var_of_ref[i] >= 0) {
            int at = ix.ref_first[var_of_ref[i] + 1]++;
            ix.refs[at] = g->refs.items[i];
            ix.ats[at] = ix.refs[at]->at;
        }
    for (int i = 0; i < nv; i++)
        sort_sizes(ix.ats + ix.ref_first[i], ix.ref_first[i + 1] - ix.ref_first[i]);
    ix.labels = scratch(&ix.labels, &ix.labels_cap, (size_t)g->labels.len, sizeof *ix.labels, false);
    for (int i = 0; i < g->labels.len; i++)
        ix.labels[i] = *(size_t *)g->labels.items[i];
    sort_sizes(ix.labels, g->labels.len);
    ix.labelled = scratch(&ix.labelled, &ix.labelled_cap, (size_t)nv, sizeof *ix.labelled, false);
    for (int i = 0; i < nv; i++) {
        const Var *v = g->vars.items[i];
        ix.labelled[i] = label_in(g, v->scope_begin, v->scope_end);
    }
    ix.yield_stmt = scratch(&ix.yield_stmt, &ix.yield_stmt_cap, (size_t)g->yields.len, sizeof *ix.yield_stmt, false);
    for (int k = 0; k < g->yields.len; k++)
        ix.yield_stmt[k] = stmt_of(g, g->yields.items[k]);
    ix.loops_nested = index_loops(g);
}

/* The uses of v, in g->refs' order. */
static const Ref *const *refs_of(const Var *v, int *n)
{
    int i = map_get(&ix.var_index, v);
    if (i < 0) {
        *n = 0;
        return NULL;
    }
    *n = ix.ref_first[i + 1] - ix.ref_first[i];
    return ix.refs + ix.ref_first[i];
}

/* The first of the sorted offsets a[0..n) that is >= off. */
static int lower_bound(const size_t *a, int n, size_t off)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (a[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Is variable i used in [begin, end)? */
static bool used_in(int i, size_t begin, size_t end)
{
    const size_t *a = ix.ats + ix.ref_first[i];
    int n = ix.ref_first[i + 1] - ix.ref_first[i], k = lower_bound(a, n, begin);
    return k < n && a[k] < end;
}

/* Is a label in [begin, end)? */
static bool label_in(const Gen *g, size_t begin, size_t end)
{
    int k = lower_bound(ix.labels, g->labels.len, begin);
    return k < g->labels.len && ix.labels[k] < end;
}

/* The statement holding yield y. */
static const Stmt *stmt_of(const Gen *g, const Yield *y)
{
    int i = map_get(&ix.stmt_of, y);
    return i < 0 ? NULL : g->stmts.items[i];
}

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
   cleanup. */
static bool live_after(const Gen *g, int vi, int yk)
{
    const Var *v = g->vars.items[vi];
    const Yield *y = g->yields.items[yk];
    if (!visible_at(v, y->begin))
        return false;
    /* a pointer to it may be used anywhere; a cleanup uses it at the scope's end */
    if (v->addr_taken || (v->is_array && v->decays) || v->is_param || v->has_cleanup)
        return true;
    if (ix.labelled[vi])
        return true;
    const Stmt *s = ix.yield_stmt[yk];
    size_t from = s ? s->begin : y->begin;   /* what runs after y resumes starts there */
    /* its uses from `from` to its scope's end, in order (sorted) */
    const size_t *ats = ix.ats + ix.ref_first[vi];
    int nrefs = ix.ref_first[vi + 1] - ix.ref_first[vi];
    for (int i = lower_bound(ats, nrefs, from); i < nrefs && ats[i] < v->scope_end; i++)
        if (!before_suspension(s, y, ats[i]))
            return true;
    /* a use in a loop around y (inside v's scope) */
    int k = ix.loops_nested ? yk : -1;
    int lfirst = k >= 0 ? ix.loop_first[k] : 0, llast = k >= 0 ? ix.loop_first[k + 1] : g->loops.len;
    for (int i = lfirst; i < llast; i++) {
        const size_t *loop = g->loops.items[k >= 0 ? ix.loops[i] : i];
        if (loop[0] < v->scope_begin || loop[1] > v->scope_end || y->begin < loop[0] || y->begin >= loop[1])
            continue;
        if (used_in(vi, loop[0], loop[1]))
            return true;
    }
    return false;
}

/* Is v live after some yield?  Only the yields where it is visible can
   say so: those from its declaration to its scope's end (yields are
   sorted). */
static bool spans_yield(const Gen *g, const Var *v)
{
    int vi = map_get(&ix.var_index, v);
    size_t from = v->decl_end > v->scope_begin ? v->decl_end : v->scope_begin;
    int lo = 0, hi = g->yields.len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (((const Yield *)g->yields.items[mid])->begin < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int k = lo; k < g->yields.len && ((const Yield *)g->yields.items[k])->begin < v->scope_end; k++)
        if (live_after(g, vi, k))
            return true;
    return false;
}

static bool referenced(const Gen *g, const Var *v)
{
    (void)g;
    int n;
    refs_of(v, &n);
    return n > 0;
}

/* The fields named so far in this generator (variables are named in
   order: those are the fields of the variables before the one named). */
static struct {
    const char **names;
    size_t cap, len;
    size_t names_cap;       /* of the memory kept */
} fields;

static size_t str_hash(const char *s)
{
    size_t h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

static bool field_taken(const char *name)
{
    static const char *const reserved[] = { "yc_state", "yc_value", "yc_result", "yc_sent", NULL };
    for (int i = 0; reserved[i]; i++)
        if (!strcmp(name, reserved[i]))
            return true;
    if (!fields.cap)
        return false;
    for (size_t i = str_hash(name) & (fields.cap - 1); fields.names[i]; i = (i + 1) & (fields.cap - 1))
        if (!strcmp(fields.names[i], name))
            return true;
    return false;
}

static void add_field(const char *name)
{
    if (2 * (fields.len + 1) > fields.cap) {
        size_t old_cap = fields.cap;
        const char **old = old_cap ? malloc(old_cap * sizeof *old) : NULL;
        if (old_cap && !old)
            abort();
        if (old_cap)
            memcpy(old, fields.names, old_cap * sizeof *old);
        fields.cap = fields.cap ? 4 * fields.cap : 64;
        fields.names = scratch(&fields.names, &fields.names_cap, fields.cap, sizeof *fields.names, true);
        fields.len = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i])
                add_field(old[i]);
        free(old);
    }
    size_t i = str_hash(name) & (fields.cap - 1);
    while (fields.names[i])
        i = (i + 1) & (fields.cap - 1);
    fields.names[i] = name;
    fields.len++;
}

static void name_field(Gen *g, Var *v)
{
    (void)g;
    v->field = v->name;
    for (int n = 2; field_taken(v->field); n++)
        v->field = yc_format("%s_%d", v->name, n);
    add_field(v->field);
}

/* Does jump j leave the scope of v (from inside it)? */
bool jump_leaves(const Jump *j, const Var *v)
{
    if (j->begin < v->decl_end || j->begin >= v->scope_end)
        return false;
    switch (j->kind) {
    case J_RETURN: return true;
    case J_GOTO: return j->target < v->decl_end || j->target >= v->scope_end;
    default: return j->target < v->scope_begin;
    }
}

/* A local with a cleanup that lives across a yield loses its attribute
   (the body returns at each suspension, which would run it); emit.c calls
   the cleanup on every way out of its scope instead, and yc_close when the
   generator is closed inside it.  So those ways must be ours to change.
   `outer`: the variable whose cleanup v's must precede (plan_cleanup_order),
   when v itself lives across no yield. */
static void plan_cleanup(Gen *g, Var *v, const Var *outer)
{
    static const char *const words[] = { "break", "continue", "return", "goto" };
    v->cleanup_by_tool = true;
    if (v->attr_begin == (size_t)-1 || v->in_for_init) {
        const char *why = v->in_for_init
            ? "is declared in a 'for' clause: declare it before the 'for', in a block around it"
            : "its attribute cannot be taken off its declaration: write it as '__attribute__((cleanup(fn)))'";
        if (outer)
            error_at(v->name_off, "'%s' has a cleanup, which must run before that of '%s', which lives "
                                  "across a yield, and %s", v->name, outer->name, why);
        else if (v->in_for_init)
            error_at(v->name_off, "'%s' has a cleanup, lives across a yield and %s", v->name, why);
        else
            error_at(v->name_off, "'%s' has a cleanup and lives across a yield, but %s", v->name, why);
        return;
    }
    for (int i = 0; i < g->jumps.len; i++) {
        Jump *j = g->jumps.items[i];
        if (j->from_macro && jump_leaves(j, v)) {
            error_at(j->begin, "a '%s' from a macro leaves the scope of '%s', which has a cleanup and "
                               "lives across a yield: write the '%s' in the generator's body",
                     words[j->kind], v->name, words[j->kind]);
            note_at(v->name_off, "'%s' is declared here", v->name);
        }
    }
    g->has_cleanups = true;
}

static void plan_storage(Gen *g, Var *v)
{
    v->preserved = v->is_param ? referenced(g, v) : !v->is_static && spans_yield(g, v);
    if (!v->preserved) {
        v->storage = ST_LOCAL;
        return;
    }
    if (v->has_cleanup)
        plan_cleanup(g, v, NULL);
    /* an array that a macro names, and that no pointer escapes from, is
       copied instead: the macro's text then needs no rewriting */
    bool copied_array = v->is_array && v->in_macro_body && !v->decays && !v->addr_taken;
    bool fixed = (v->is_array && !copied_array) || v->addr_taken || v->is_const || v->is_volatile;
    v->storage = fixed ? ST_FRAME : ST_COPY;
    name_field(g, v);
    if (v->storage != ST_FRAME)
        return;
    if (v->in_for_init && v->for_in_macro) {
        error_at(v->name_off, "'%s' must live in the generator's frame (its address is taken, or it is "
                              "an array, const or volatile) and is declared in a 'for' clause that a "
                              "macro writes: declare it before the 'for'", v->name);
        return;
    }
    int nrefs;
    const Ref *const *refs = refs_of(v, &nrefs);
    for (int i = 0; i < nrefs; i++) {
        const Ref *r = refs[i];
        if (r->off == (size_t)-1) {
            error_at(r->at, "'%s' is used inside a macro's body, but it lives in the generator's frame "
                             "(its address is taken, or it is an array, const or volatile): pass it to "
                             "the macro as an argument", v->name);
            break;
        }
    }
}

/* A variable living in the frame is declared by an assignment to its
   field, which cannot stand in a `for`'s first clause among declarations:
   that clause goes before the loop, in a block that ends with the loop
   (the loop's scope is then the block's).  Not for a loop whose condition
   or increment yields: it is lowered so already (emit_loop). */
static void plan_split_fors(Gen *g)
{
    size_t last = (size_t)-1;
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (!v->in_for_init || v->storage != ST_FRAME || v->stmt_begin == last)
            continue;
        last = v->stmt_begin;
        bool lowered = false;
        for (int k = 0; k < g->stmts.len && !lowered; k++) {
            const Stmt *s = g->stmts.items[k];
            lowered = s->kind == S_FOR && s->begin == v->scope_begin;
        }
        if (!lowered)
            vec_push(&g->split_fors, v);
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
static void plan_cleanup_order(Gen *g)
{
    static Var **cleanups;
    static size_t cleanups_cap;
    int n = 0;
    cleanups = scratch(&cleanups, &cleanups_cap, (size_t)g->vars.len, sizeof *cleanups, false);
    for (int i = 0; i < g->vars.len; i++)
        if (((Var *)g->vars.items[i])->has_cleanup)
            cleanups[n++] = g->vars.items[i];
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
                    plan_cleanup(g, w, v);
                    changed = true;
                }
            }
        }
    }
}

/* A variable hidden by an inner one of the same name at some yield cannot
   be copied by its name there: it lives in the frame instead. */
static int cmp_var_name(const void *a, const void *b)
{
    const Var *x = *(Var *const *)a, *y = *(Var *const *)b;
    return strcmp(x->name, y->name);
}

/* A variable whose cleanup the body calls, at a jump out of its scope
   where an inner variable of the same name hides it, is named through the
   frame there: it lives in the frame.  (same: the variables of its name.) */
static void plan_hidden_cleanup(Gen *g, Var *v, Var **same, int nsame)
{
    for (int k = 0; k < g->jumps.len; k++) {
        const Jump *j = g->jumps.items[k];
        if (!jump_leaves(j, v))
            continue;
        for (int i = 0; i < nsame; i++) {
            Var *w = same[i];
            if (w != v && w->name_off > v->name_off && visible_at(w, j->begin)) {
                if (!v->preserved) {    /* its cleanup was ordered after another's, it lives across no yield */
                    v->preserved = true;
                    name_field(g, v);
                }
                v->storage = ST_FRAME;
                return;
            }
        }
    }
}

static void plan_shadowed(Gen *g)
{
    /* the variables by name: only those that share theirs can be hidden */
    static Var **by_name;
    static size_t by_name_cap;
    int n = g->vars.len;
    by_name = scratch(&by_name, &by_name_cap, (size_t)n, sizeof *by_name, false);
    if (n > 0)
        memcpy(by_name, g->vars.items, (size_t)n * sizeof *by_name);
    if (n > 1)
        qsort(by_name, (size_t)n, sizeof *by_name, cmp_var_name);
    for (int a = 0, b; a < n; a = b) {
        for (b = a + 1; b < n && !strcmp(by_name[a]->name, by_name[b]->name); b++)
            ;
        for (int i = a; i < b && b - a > 1; i++) {
            Var *v = by_name[i];
            if (v->cleanup_by_tool && v->storage != ST_FRAME)
                plan_hidden_cleanup(g, v, by_name + a, b - a);
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

/* Which variables are copied out and in around yield y: those that can be
   used after it resumes. */
/* The yields [*lo, *hi) at which v is visible (yields are sorted). */
static void visible_yields(const Gen *g, const Var *v, int *lo, int *hi)
{
    size_t from = v->decl_end > v->scope_begin ? v->decl_end : v->scope_begin;
    size_t bounds[2] = { from, v->scope_end };
    int *out[2] = { lo, hi };
    for (int b = 0; b < 2; b++) {
        int l = 0, h = g->yields.len;
        while (l < h) {
            int mid = (l + h) / 2;
            if (((const Yield *)g->yields.items[mid])->begin < bounds[b])
                l = mid + 1;
            else
                h = mid;
        }
        *out[b] = l;
    }
    if (*hi < *lo)
        *hi = *lo;
}

static bool always_live(const Var *v, int vi)
{
    return v->addr_taken || (v->is_array && v->decays) || v->is_param || v->has_cleanup || ix.labelled[vi];
}

/* Which variables plan_live must ask about at each yield, in order: a
   variable copied in and out, visible there, and either live wherever it
   is visible or used at or after the earliest place that can run after
   that yield or a later one (its statement, or a loop around it): others
   cannot be live there.  So a generator with many variables and yields is
   not planned in (variables x yields). */
static void plan_candidates(const Gen *g)
{
    int ny = g->yields.len, nv = g->vars.len;
    ix.tmin = scratch(&ix.tmin, &ix.tmin_cap, (size_t)ny, sizeof *ix.tmin, false);
    for (int k = ny - 1; k >= 0; k--) {
        const Yield *y = g->yields.items[k];
        size_t t = ix.yield_stmt[k] ? ix.yield_stmt[k]->begin : y->begin;
        int first = ix.loops_nested ? ix.loop_first[k] : 0, last = ix.loops_nested ? ix.loop_first[k + 1] : g->loops.len;
        for (int i = first; i < last; i++) {
            const size_t *loop = g->loops.items[ix.loops_nested ? ix.loops[i] : i];
            if (y->begin >= loop[0] && y->begin < loop[1] && loop[0] < t)
                t = loop[0];
        }
        if (t > y->begin)
            t = y->begin;
        ix.tmin[k] = k + 1 < ny && ix.tmin[k + 1] < t ? ix.tmin[k + 1] : t;
    }
    ix.cleanups = scratch(&ix.cleanups, &ix.cleanups_cap, (size_t)nv, sizeof *ix.cleanups, false);
    ix.ncleanups = 0;
    for (int i = 0; i < nv; i++) {
        const Var *v = g->vars.items[i];
        if (v->cleanup_by_tool)
            ix.cleanups[ix.ncleanups++] = i;
    }
    ix.cand_first = scratch(&ix.cand_first, &ix.cand_first_cap, (size_t)ny + 1, sizeof *ix.cand_first, true);
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < nv; i++) {
            const Var *v = g->vars.items[i];
            if (v->storage != ST_COPY)
                continue;
            int lo, hi;
            visible_yields(g, v, &lo, &hi);
            if (!always_live(v, i)) {
                int nrefs = ix.ref_first[i + 1] - ix.ref_first[i];
                if (!nrefs)
                    continue;
                size_t last_use = ix.ats[ix.ref_first[i + 1] - 1];
                int l = lo, h = hi;     /* the first yield from which on nothing can use it */
                while (l < h) {
                    int mid = (l + h) / 2;
                    if (ix.tmin[mid] <= last_use)
                        l = mid + 1;
                    else
                        h = mid;
                }
                hi = l;
            }
            for (int k = lo; k < hi; k++) {
                if (pass == 0)
                    ix.cand_first[k + 2]++;
                else
                    ix.cands[ix.cand_first[k + 1]++] = i;
            }
        }
        if (pass == 0) {
            for (int k = 0; k < ny; k++)
                ix.cand_first[k + 2] += ix.cand_first[k + 1];
            ix.cands = scratch(&ix.cands, &ix.cands_cap, (size_t)ix.cand_first[ny + 1], sizeof *ix.cands, false);
        }
    }
}

static void plan_live(Gen *g, Yield *y)
{
    int yk = map_get(&ix.yield_index, y);
    if (yk < 0)
        abort();    /* every statement's yield is one of the generator's */
    for (int c = ix.cand_first[yk]; c < ix.cand_first[yk + 1]; c++)
        if (live_after(g, ix.cands[c], yk))
            vec_push(&y->live, g->vars.items[ix.cands[c]]);
    for (int c = 0; c < ix.ncleanups; c++) {
        Var *v = g->vars.items[ix.cleanups[c]];
        if (visible_at(v, y->begin))
            vec_push(&y->cleanups, v);
    }
}

/* Is x's value used only after another suspension?  Its value is used
   when its parent (or the statement) goes on: late if a later node sits in
   the same part, or if it is the right side of a `,` that is itself late. */
static bool consumed_late(const Stmt *s, const XNode *x)
{
    const Vec *sibs = x->parent ? &x->parent->kids : &s->top;
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
        if (strcmp(x->sub_rtype, "void") && (x->sub_recursive || consumed_late(s, x)))
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

/* The generator defined in this file under that name. */
Gen *gen_named(Tool *t, const char *name)
{
    GenDecl *first = first_decl_named(t, name);
    return first && first->definition ? first->definition->gen : NULL;
}

/* Does generator `from` reach `target` through `yield from CALL`s? */
static bool reaches(Tool *t, Gen *from, Gen *target, int depth)
{
    if (!from || depth > t->gens.len)
        return false;
    if (from == target)
        return true;
    for (int i = 0; i < from->froms.len; i++) {
        Yield *y = from->froms.items[i];
        if (y->tok->from_call && reaches(t, gen_named(t, y->sub_name), target, depth + 1))
            return true;
    }
    return false;
}

/* Each `yield from` gets its field: the sub-generator's frame, in the
   frame's union of sub-frames (never two alive at once), or a pointer: to
   an existing generator, or to a frame from YC_ALLOC when the sub can reach
   this generator again (its frame would contain itself). */
static void plan_froms(Tool *t, Gen *g)
{
    for (int i = 0; i < g->froms.len; i++) {
        Yield *y = g->froms.items[i];
        y->sub_recursive = y->tok->from_call && reaches(t, gen_named(t, y->sub_name), g, 0);
        y->sub_field = yc_format("yc_sub_%d", y->state);
    }
}

/* The generators whose frames g's frame holds by value: subs made in
   place by `yield from`, and locals of generator types. */
static void plan_embeds(Tool *t, Gen *g)
{
    for (int i = 0; i < g->froms.len; i++) {
        Yield *y = g->froms.items[i];
        Gen *sub = y->tok->from_call && !y->sub_recursive ? gen_named(t, y->sub_name) : NULL;
        if (sub)
            vec_push(&g->embeds, sub);
    }
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        Gen *held = v->preserved && v->frame_of ? gen_named(t, v->frame_of) : NULL;
        if (held)
            vec_push(&g->embeds, held);
    }
}

/* Does g's frame hold `target`'s (through others)?  *at and *what (if
   asked): the local or the `yield from` of g that makes it. */
static bool holds(Tool *t, Gen *g, Gen *target, int depth, size_t *at, const char **what)
{
    if (depth > t->gens.len)
        return false;
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        Gen *h = v->preserved && v->frame_of ? gen_named(t, v->frame_of) : NULL;
        if (h && (h == target || holds(t, h, target, depth + 1, NULL, NULL))) {
            if (at)
                *at = v->name_off, *what = v->name;
            return true;
        }
    }
    for (int i = 0; i < g->froms.len; i++) {
        Yield *y = g->froms.items[i];
        Gen *h = y->tok->from_call && !y->sub_recursive ? gen_named(t, y->sub_name) : NULL;
        if (h && (h == target || holds(t, h, target, depth + 1, NULL, NULL))) {
            if (at)
                *at = y->begin, *what = "yield from";
            return true;
        }
    }
    return false;
}

/* Moves g's frame_at, and those of the frames it holds, to `at` if earlier. */
static void place_frame(Gen *g, size_t at, int depth, int limit)
{
    if (depth > limit || g->frame_at <= at)
        return;
    g->frame_at = at;
    for (int i = 0; i < g->embeds.len; i++)
        place_frame(g->embeds.items[i], at, depth + 1, limit);
}

/* Where each frame is written: at its generator's first declaration, or
   before the frame of an earlier-declared generator that holds it.  Each
   type a frame holds by value must be declared there already; a frame
   that would hold itself (a local of its own generator's type, directly or
   through others) cannot be laid out. */
void plan_frames(Tool *t)
{
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        plan_embeds(t, g);
        g->frame_at = (size_t)-1;
    }
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        size_t at;
        const char *what;
        if (holds(t, g, g, 0, &at, &what)) {
            if (!strcmp(what, "yield from"))
                error_at(at, "the frame of generator '%s' would hold itself through this 'yield from': "
                             "a generator it makes in place holds a local of type 'struct %s'",
                         g->def->name, g->def->name);
            else
                error_at(at, "'%s' lives across a yield, so the frame of generator '%s' would hold "
                             "itself (a frame of type 'struct %s'): keep the generator object in "
                             "memory of its own (a static, or from malloc), or delegate with 'yield from'",
                         what, g->def->name, g->def->name);
            return;
        }
    }
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        place_frame(g, g->first->kw, 0, t->gens.len);
    }
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        for (int k = 0; k < g->vars.len; k++) {
            Var *v = g->vars.items[k];
            if (!v->preserved || v->local_type || v->frame_of || v->type_decl <= g->frame_at)
                continue;
            if (g->frame_at == g->first->kw)
                error_at(g->first->kw, "the frame of generator '%s' holds '%s' of type '%s', which is "
                                       "declared below this first declaration of '%s': declare the type "
                                       "first", g->def->name, v->name, v->type, g->def->name);
            else
                error_at(g->frame_at, "the frame of generator '%s', written here for a generator "
                                      "whose frame holds it, holds '%s' of type '%s', which is declared "
                                      "below: declare the type first", g->def->name, v->name, v->type);
            note_at(v->type_decl, "'%s' is declared here", v->type);
        }
    }
}

void plan_generator(Tool *t, Gen *g)
{
    build_index(g);
    if (fields.len)     /* empty the table kept from the last generator */
        memset(fields.names, 0, fields.cap * sizeof *fields.names);
    fields.cap = fields.len = 0;
    for (int i = 0; i < g->vars.len; i++)
        plan_storage(g, g->vars.items[i]);
    plan_cleanup_order(g);
    plan_shadowed(g);
    plan_split_fors(g);
    for (int i = 0; i < g->literals.len; i++)
        ((Literal *)g->literals.items[i])->field = yc_format("yc_literal_%d", i + 1);
    for (int i = 0; i < g->yields.len; i++)
        ((Yield *)g->yields.items[i])->state = i + 1;
    g->nstates = g->yields.len;
    plan_froms(t, g);
    g->state_type = g->nstates + 2 <= 255 ? "unsigned char" : g->nstates + 2 <= 65535 ? "unsigned short"
                                                                                      : "unsigned int";
    plan_candidates(g);
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        if (!s->yields.len)
            continue;
        for (int k = 0; k < s->yields.len; k++)
            plan_live(g, s->yields.items[k]);
        for (int k = 0; k < s->top.len; k++)
            plan_node_temps(g, s, s->top.items[k]);
    }
}

/*
** find_flow.c -- find, for --graph only: the paths of each generator's body
** between its suspensions (Gen.flow).  From the start, and from where each
** yield resumes, which yields can come next with no suspension between,
** and can the end (a return, or falling off the end of the body).
**
** Read off clang's AST of the body by following its statements in order:
** blocks, `if`, `while`, `do`, `for`, `switch` and its cases, `break`,
** `continue`, `return`, `goto` and labels, and the operators that evaluate
** an operand only sometimes (`&&`, `||`, `?:`) where a yield sits in it
** (find_yield.c recorded those).  Each point of the body carries the set of
** origins (start, resumptions) that reach it without passing a suspension;
** a yield records the origins reaching it and lets only itself go on; a
** loop is followed until its entry's set stops growing, and the whole body
** again while a `goto` adds to a label's set.
**
** It over-approximates, never the other way: a condition that clang can
** evaluate (`while (1)`, `do ... while (0)`, `if (0)`) takes only its
** branch, but other conditions may go either way; a call that does not
** return (`abort`, `exit`, `longjmp`) is taken to return; every `case` of
** a switch may be taken.  A `yield from` suspends only if the sub-generator
** yields: one made here, of a generator defined in this file that can
** finish without yielding, or one given by pointer (it may have finished),
** also lets the path go on without a suspension.
*/
#include "find.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t Word;

/* A `break` or `continue` target: a loop, or a switch (no continue). */
typedef struct Target {
    bool is_switch;
    Word *brk, *cont;
    Word *entry;            /* switch: the origins at its condition's end, for each case */
    bool has_default;
} Target;

typedef struct Flows Flows;

/* The walk of one generator's body. */
typedef struct Walk {
    Flows *fs;
    Gen *g;
    int words;              /* per set: bit 0 the start, bit k + 1 yield k's resumption */
    Word **reach;           /* [yield k]: the origins reaching it */
    Word *end;              /* the origins reaching the end */
    bool *seen;             /* [yield k]: met on the walk */
    Map yields;             /* YieldTok* -> Yield* */
    Map lazies;             /* hash of (begin, end) -> the X_AND or X_OR there */
    Map labels;             /* view offset of a label -> its origins (Word *) */
    bool label_grew;        /* a goto added to a label's origins in this pass */
    VEC(Target) targets;
    VEC(Word *) free_sets;
    long budget;            /* nodes left to visit before giving up (then: any path) */
    int depth;
    bool failed;
} Walk;

struct Flows {
    Finder f;               /* for yield_call, extent_of, for_part */
    Map bodies;             /* GenDecl* of a definition -> CXCursor* of its body */
    unsigned char *state;   /* [gen index]: 0 not yet, 1 being walked, 2 done */
};

/* ---- sets of origins ---- */

static Word *set_new(Walk *w)
{
    Word *s;
    if (w->free_sets.len) {
        s = w->free_sets.items[--w->free_sets.len];
        memset(s, 0, (size_t)w->words * sizeof *s);
    } else {
        s = yc_alloc((size_t)w->words * sizeof *s);
    }
    return s;
}

static void set_free(Walk *w, Word *s)
{
    vec_push(&w->free_sets, s);
}

static Word *set_copy(Walk *w, const Word *a)
{
    Word *s = set_new(w);
    memcpy(s, a, (size_t)w->words * sizeof *s);
    return s;
}

static void set_or(const Walk *w, Word *a, const Word *b)
{
    for (int i = 0; i < w->words; i++)
        a[i] |= b[i];
}

static void set_clear(const Walk *w, Word *a)
{
    memset(a, 0, (size_t)w->words * sizeof *a);
}

static bool set_empty(const Walk *w, const Word *a)
{
    for (int i = 0; i < w->words; i++)
        if (a[i])
            return false;
    return true;
}

/* a |= b; did a grow? */
static bool set_grow(const Walk *w, Word *a, const Word *b)
{
    bool grew = false;
    for (int i = 0; i < w->words; i++) {
        grew |= (b[i] & ~a[i]) != 0;
        a[i] |= b[i];
    }
    return grew;
}

static void set_bit(Word *a, int bit)
{
    a[bit / 64] |= (Word)1 << (bit % 64);
}

static bool has_bit(const Word *a, int bit)
{
    return (a[bit / 64] >> (bit % 64)) & 1;
}

/* ---- children ---- */

typedef struct Kids {
    CXCursor c[4];
    int n;
} Kids;

static enum CXChildVisitResult take_kid(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Kids *k = data;
    if (k->n == 4)
        return CXChildVisit_Break;
    k->c[k->n++] = c;
    return CXChildVisit_Continue;
}

static Kids kids_of(CXCursor c)
{
    Kids k = { .n = 0 };
    clang_visitChildren(c, take_kid, &k);
    return k;
}

/* 1 if clang evaluates the condition to true, 0 to false, -1 if it does
   not know. */
static int known_value(CXCursor cond)
{
    CXEvalResult ev = clang_Cursor_Evaluate(cond);
    if (!ev)
        return -1;
    int r = -1;
    if (clang_EvalResult_getKind(ev) == CXEval_Int)
        r = clang_EvalResult_getAsLongLong(ev) != 0;
    clang_EvalResult_dispose(ev);
    return r;
}

static void walk(Walk *w, CXCursor c, Word *cur);
static bool can_finish_at_once(Flows *fs, Gen *g);

typedef struct Seq {
    Walk *w;
    Word *cur;
} Seq;

static enum CXChildVisitResult walk_kid(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Seq *s = data;
    walk(s->w, c, s->cur);
    return s->w->failed ? CXChildVisit_Break : CXChildVisit_Continue;
}

/* The children in order, each from where the one before left off. */
static void walk_kids(Walk *w, CXCursor c, Word *cur)
{
    Seq s = { w, cur };
    clang_visitChildren(c, walk_kid, &s);
}

/* ---- statements and expressions ---- */

static bool same_yield(const void *val, const void *ctx)
{
    return ((const Yield *)val)->tok == ctx;
}

static bool same_extent(const void *val, const void *ctx)
{
    const XNode *x = val;
    const size_t *be = ctx;
    return x->begin == be[0] && x->end == be[1] && (x->kind == X_AND || x->kind == X_OR);
}

static void at_yield(Walk *w, Yield *y, Word *cur)
{
    int k = y->index;
    w->seen[k] = true;
    set_or(w, w->reach[k], cur);
    bool passes = false;    /* can the path go on without suspending? */
    if (y->tok->is_from) {
        GenDecl *first = first_decl_named(w->fs->f.t, y->sub_name);
        Gen *sub = first && first->definition ? first->definition->gen : NULL;
        passes = !y->tok->from_call || !sub || can_finish_at_once(w->fs, sub);
    }
    bool reached = !set_empty(w, w->reach[k]);
    if (!passes)
        set_clear(w, cur);
    if (reached)
        set_bit(cur, k + 1);
}

static Target *target(Walk *w, bool loop)
{
    for (int i = w->targets.len - 1; i >= 0; i--)
        if (!loop || !w->targets.items[i].is_switch)
            return &w->targets.items[i];
    return NULL;
}

static Target *innermost_switch(Walk *w)
{
    for (int i = w->targets.len - 1; i >= 0; i--)
        if (w->targets.items[i].is_switch)
            return &w->targets.items[i];
    return NULL;
}

static void push_target(Walk *w, bool is_switch, const Word *entry)
{
    Target t = { is_switch, set_new(w), set_new(w), entry ? set_copy(w, entry) : NULL, false };
    vec_push(&w->targets, t);
}

static Target pop_target(Walk *w)
{
    return w->targets.items[--w->targets.len];
}

static void free_target(Walk *w, Target *t)
{
    set_free(w, t->brk);
    set_free(w, t->cont);
    if (t->entry)
        set_free(w, t->entry);
}

static Word *label_set(Walk *w, CXCursor label)
{
    unsigned off;
    clang_getFileLocation(clang_getCursorLocation(label), NULL, NULL, NULL, &off);
    Word *s = map_get(&w->labels, off + 1, NULL, NULL);
    if (!s) {
        s = yc_alloc((size_t)w->words * sizeof *s);     /* kept over passes: not from the free list */
        map_put(&w->labels, off + 1, s);
    }
    return s;
}

/* `while (cond) body` and `for (init; cond; inc) body` (init walked
   already): the entry's set grows by what comes back until it does not. */
static void walk_loop(Walk *w, CXCursor cond, bool has_cond, CXCursor body, CXCursor inc, bool has_inc,
                      Word *cur)
{
    int value = has_cond ? known_value(cond) : 1;
    push_target(w, false, NULL);
    Word *head = set_copy(w, cur), *after_cond = set_new(w), *back = set_new(w);
    for (int pass = 0; !w->failed; pass++) {
        memcpy(after_cond, head, (size_t)w->words * sizeof *head);
        if (has_cond)
            walk(w, cond, after_cond);
        memcpy(back, after_cond, (size_t)w->words * sizeof *back);
        if (value == 0)
            set_clear(w, back);     /* the body runs never (a label in it may still be reached) */
        walk(w, body, back);
        set_or(w, back, w->targets.items[w->targets.len - 1].cont);
        if (has_inc)
            walk(w, inc, back);
        if (!set_grow(w, head, back))
            break;
    }
    Target t = pop_target(w);
    if (value == 1)
        set_clear(w, after_cond);   /* never leaves by its condition */
    memcpy(cur, after_cond, (size_t)w->words * sizeof *cur);
    set_or(w, cur, t.brk);
    free_target(w, &t);
    set_free(w, head);
    set_free(w, after_cond);
    set_free(w, back);
}

static void walk_do(Walk *w, CXCursor body, CXCursor cond, Word *cur)
{
    int value = known_value(cond);
    push_target(w, false, NULL);
    Word *head = set_copy(w, cur), *b = set_new(w);
    for (int pass = 0; !w->failed; pass++) {
        memcpy(b, head, (size_t)w->words * sizeof *head);
        walk(w, body, b);
        set_or(w, b, w->targets.items[w->targets.len - 1].cont);
        walk(w, cond, b);
        if (value == 0 || !set_grow(w, head, b))
            break;
    }
    Target t = pop_target(w);
    if (value == 1)
        set_clear(w, b);
    memcpy(cur, b, (size_t)w->words * sizeof *cur);
    set_or(w, cur, t.brk);
    free_target(w, &t);
    set_free(w, head);
    set_free(w, b);
}

typedef struct ForKids {
    Walk *w;
    size_t for_begin;
    CXCursor part[4];
    bool has[4];
    bool clear;             /* the parts could be told apart by their place */
    int n;
} ForKids;

static enum CXChildVisitResult for_kid(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    ForKids *fk = data;
    size_t b, e;
    extent_of(&fk->w->fs->f, c, &b, &e);
    ForPart p = for_part(&fk->w->fs->f, fk->for_begin, b);
    if (fk->has[p])
        fk->clear = false;
    fk->part[p] = c;
    fk->has[p] = true;
    fk->n++;
    return CXChildVisit_Continue;
}

static void walk_for(Walk *w, CXCursor c, Word *cur)
{
    size_t b, e;
    extent_of(&w->fs->f, c, &b, &e);
    ForKids fk = { .w = w, .for_begin = b, .clear = text_at(&w->fs->f, b, "for") };
    Kids all = kids_of(c);
    if (fk.clear)
        clang_visitChildren(c, for_kid, &fk);
    if (all.n == 1) {       /* `for (;;) body`, however written */
        walk_loop(w, all.c[0], false, all.c[0], all.c[0], false, cur);
        return;
    }
    if (!fk.clear || !fk.has[FOR_BODY] || fk.n != all.n) {
        /* a `for` from a macro's body: its parts cannot be told apart by
           their place.  Taken as a loop whose every part may run on each
           turn, and that may end after any. */
        push_target(w, false, NULL);
        Word *head = set_copy(w, cur), *acc = set_new(w), *x = set_new(w);
        for (int pass = 0; !w->failed; pass++) {
            memcpy(x, head, (size_t)w->words * sizeof *x);
            set_or(w, acc, x);
            for (int i = 0; i < all.n; i++) {
                walk(w, all.c[i], x);
                set_or(w, acc, x);
            }
            set_or(w, x, w->targets.items[w->targets.len - 1].cont);
            if (!set_grow(w, head, x))
                break;
        }
        Target t = pop_target(w);
        memcpy(cur, acc, (size_t)w->words * sizeof *cur);
        set_or(w, cur, t.brk);
        free_target(w, &t);
        set_free(w, head);
        set_free(w, acc);
        set_free(w, x);
        return;
    }
    if (fk.has[FOR_INIT])
        walk(w, fk.part[FOR_INIT], cur);
    walk_loop(w, fk.part[FOR_COND], fk.has[FOR_COND], fk.part[FOR_BODY], fk.part[FOR_INC], fk.has[FOR_INC], cur);
}

static void walk_switch(Walk *w, CXCursor cond, CXCursor body, Word *cur)
{
    walk(w, cond, cur);
    push_target(w, true, cur);
    set_clear(w, cur);          /* the body is entered at its cases only */
    walk(w, body, cur);
    Target t = pop_target(w);
    set_or(w, cur, t.brk);
    if (!t.has_default)
        set_or(w, cur, t.entry);
    free_target(w, &t);
}

static void walk_if(Walk *w, Kids k, Word *cur)
{
    walk(w, k.c[0], cur);
    int value = known_value(k.c[0]);
    Word *other = set_copy(w, cur);
    if (value == 0)
        set_clear(w, cur);
    if (value == 1)
        set_clear(w, other);
    if (k.n > 1)
        walk(w, k.c[1], cur);
    if (k.n > 2)
        walk(w, k.c[2], other);
    set_or(w, cur, other);
    set_free(w, other);
}

/* The operand of `a && b`, `a || b`, `c ? x : y` that may not run: the
   path goes on from both its end and its beginning. */
static void walk_maybe(Walk *w, CXCursor c, Word *cur)
{
    Word *skip = set_copy(w, cur);
    walk(w, c, cur);
    set_or(w, cur, skip);
    set_free(w, skip);
}

static void walk(Walk *w, CXCursor c, Word *cur)
{
    if (w->failed)
        return;
    if (--w->budget < 0 || w->depth > 2000) {
        w->failed = true;
        return;
    }
    w->depth++;
    enum CXCursorKind kind = clang_getCursorKind(c);
    Kids k;
    switch (kind) {
    case CXCursor_CallExpr: {
        YieldTok *yt = yield_call(&w->fs->f, c, cx_take(clang_getCursorSpelling(c)));
        Yield *y = yt ? map_get(&w->yields, (uint64_t)(uintptr_t)yt, same_yield, yt) : NULL;
        walk_kids(w, c, cur);   /* the operand first */
        if (y)
            at_yield(w, y, cur);
        break;
    }
    case CXCursor_BinaryOperator: {
        size_t be[2];
        extent_of(&w->fs->f, c, &be[0], &be[1]);
        k = kids_of(c);
        if (k.n == 2 && map_get(&w->lazies, hash_pair(be[0], be[1]), same_extent, be)) {
            walk(w, k.c[0], cur);
            walk_maybe(w, k.c[1], cur);
        } else {
            walk_kids(w, c, cur);
        }
        break;
    }
    case CXCursor_ConditionalOperator:
        k = kids_of(c);
        if (k.n == 3) {
            walk(w, k.c[0], cur);
            Word *other = set_copy(w, cur);
            walk(w, k.c[1], cur);
            walk(w, k.c[2], other);
            set_or(w, cur, other);
            set_free(w, other);
        } else {
            walk_kids(w, c, cur);
        }
        break;
    case CXCursor_IfStmt:
        k = kids_of(c);
        walk_if(w, k, cur);
        break;
    case CXCursor_WhileStmt:
        k = kids_of(c);
        if (k.n == 2)
            walk_loop(w, k.c[0], true, k.c[1], k.c[1], false, cur);
        else
            w->failed = true;
        break;
    case CXCursor_DoStmt:
        k = kids_of(c);
        if (k.n == 2)
            walk_do(w, k.c[0], k.c[1], cur);
        else
            w->failed = true;
        break;
    case CXCursor_ForStmt:
        walk_for(w, c, cur);
        break;
    case CXCursor_SwitchStmt:
        k = kids_of(c);
        if (k.n == 2)
            walk_switch(w, k.c[0], k.c[1], cur);
        else
            w->failed = true;
        break;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt: {
        Target *t = innermost_switch(w);
        if (!t) {
            w->failed = true;
            break;
        }
        set_or(w, cur, t->entry);
        t->has_default |= kind == CXCursor_DefaultStmt;
        k = kids_of(c);
        if (k.n)
            walk(w, k.c[k.n - 1], cur);     /* the statement, not the case's value */
        break;
    }
    case CXCursor_BreakStmt:
    case CXCursor_ContinueStmt: {
        Target *t = target(w, kind == CXCursor_ContinueStmt);
        if (t)
            set_or(w, kind == CXCursor_BreakStmt ? t->brk : t->cont, cur);
        else
            w->failed = true;
        set_clear(w, cur);
        break;
    }
    case CXCursor_ReturnStmt:
        walk_kids(w, c, cur);
        set_or(w, w->end, cur);
        set_clear(w, cur);
        break;
    case CXCursor_GotoStmt: {
        k = kids_of(c);
        CXCursor label = k.n ? clang_getCursorReferenced(k.c[0]) : clang_getNullCursor();
        if (clang_Cursor_isNull(label)) {
            w->failed = true;
            break;
        }
        w->label_grew |= set_grow(w, label_set(w, label), cur);
        set_clear(w, cur);
        break;
    }
    case CXCursor_LabelStmt:
        set_or(w, cur, label_set(w, c));
        walk_kids(w, c, cur);
        break;
    case CXCursor_IndirectGotoStmt:
    case CXCursor_AddrLabelExpr:
        w->failed = true;   /* refused by find already */
        break;
    default:
        walk_kids(w, c, cur);
        break;
    }
    w->depth--;
}

/* ---- a generator ---- */

static int cmp_edge(const void *a, const void *b)
{
    const FlowEdge *x = a, *y = b;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    int tx = x->to < 0 ? 1 << 30 : x->to, ty = y->to < 0 ? 1 << 30 : y->to;   /* the end last */
    return tx < ty ? -1 : tx > ty;
}

static void add_edges(Gen *g, int nyields, const Word *from_set, int to)
{
    for (int bit = 0; bit <= nyields; bit++)
        if (has_bit(from_set, bit))
            vec_push(&g->flow, ((FlowEdge){ bit - 1, to }));
}

static void flow_of(Flows *fs, Gen *g)
{
    CXCursor *body = map_get(&fs->bodies, (uint64_t)(uintptr_t)g->def, NULL, NULL);
    int n = g->yields.len;
    Walk w = { .fs = fs, .g = g, .words = (n + 1) / 64 + 1, .budget = 5000000 };
    w.reach = yc_alloc(((size_t)n + 1) * sizeof *w.reach);
    for (int k = 0; k < n; k++)
        w.reach[k] = yc_alloc((size_t)w.words * sizeof(Word));
    w.end = yc_alloc((size_t)w.words * sizeof(Word));
    w.seen = yc_alloc((size_t)n + 1);
    for (int k = 0; k < n; k++)
        map_put(&w.yields, (uint64_t)(uintptr_t)g->yields.items[k]->tok, g->yields.items[k]);
    for (int i = 0; i < g->lazies.len; i++) {
        XNode *x = g->lazies.items[i];
        if (x->kind == X_AND || x->kind == X_OR)
            map_put(&w.lazies, hash_pair(x->begin, x->end), x);
    }
    Word *cur = set_new(&w);
    for (int pass = 0; body && !w.failed; pass++) {
        w.label_grew = false;
        set_clear(&w, cur);
        set_bit(cur, 0);
        walk(&w, *body, cur);
        set_or(&w, w.end, cur);     /* falling off the end */
        if (!w.label_grew)
            break;
    }
    for (int k = 0; k < n; k++)
        w.failed |= !w.seen[k];     /* a yield the walk did not meet: do not guess */
    g->flow.len = 0;
    g->flow_unknown = w.failed || !body;
    if (g->flow_unknown)
        return;
    for (int k = 0; k < n; k++)
        add_edges(g, n, w.reach[k], k);
    add_edges(g, n, w.end, -1);
    if (g->flow.len > 1)
        qsort(g->flow.items, (size_t)g->flow.len, sizeof *g->flow.items, cmp_edge);
}

/* Can generator g finish on its first step, without a yield?  Then a
   `yield from` of it may not suspend.  (Assumed while g is being walked:
   a recursive generator.) */
static bool can_finish_at_once(Flows *fs, Gen *g)
{
    if (fs->state[g->index] == 0) {
        fs->state[g->index] = 1;
        flow_of(fs, g);
        fs->state[g->index] = 2;
    }
    if (fs->state[g->index] == 1 || g->flow_unknown)
        return true;
    for (int i = 0; i < g->flow.len && g->flow.items[i].from == -1; i++)
        if (g->flow.items[i].to == -1)
            return true;
    return false;
}

static enum CXChildVisitResult last_kid(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    *(CXCursor *)data = c;
    return CXChildVisit_Continue;
}

/* Each generator's body: the definition of its yc__body_NAME in the view. */
static enum CXChildVisitResult visit_body(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Flows *fs = data;
    if (c.kind != CXCursor_FunctionDecl || !clang_isCursorDefinition(c))
        return CXChildVisit_Continue;
    CXFile file;
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL, NULL, NULL);
    if (!file || !clang_File_isEqual(file, fs->f.main_file))
        return CXChildVisit_Continue;
    char *name = cx_take(clang_getCursorSpelling(c));
    if (strncmp(name, "yc__body_", 9))
        return CXChildVisit_Continue;
    GenDecl *first = first_decl_named(fs->f.t, name + 9);
    if (!first || !first->definition || !first->definition->gen)
        return CXChildVisit_Continue;
    CXCursor *body = yc_alloc(sizeof *body);
    *body = clang_getNullCursor();
    clang_visitChildren(c, last_kid, body);     /* after the parameters */
    if (body->kind != CXCursor_CompoundStmt)
        *body = clang_getNullCursor();
    if (!clang_Cursor_isNull(*body))
        map_put(&fs->bodies, (uint64_t)(uintptr_t)first->definition, body);
    return CXChildVisit_Continue;
}

void find_flow(Tool *t)
{
    Flows fs = { .f = { .t = t, .tu = t->cx_tu } };
    fs.f.main_file = clang_getFile(fs.f.tu, t->clang_path);
    fs.state = yc_alloc((size_t)t->gens.len + 1);
    clang_visitChildren(clang_getTranslationUnitCursor(fs.f.tu), visit_body, &fs);
    for (int i = 0; i < t->gens.len; i++)
        can_finish_at_once(&fs, t->gens.items[i]);
}

/*
** find_loop.c -- find: counted loops.  A `for` whose increment is `v++`,
** `++v`, `v--` or `--v` (those two tokens and nothing else) on an integer
** variable of the generator, and whose body ends with a yield statement:
** what plan_loop.c needs to let that yield run the increment before it
** suspends, and the generator's first step start at its resumption
** (CountedFor in yc.h; docs/design.md, "Counted loops").
*/
#include "find.h"

#include <string.h>

/* An integer type's rank (1 char, 2 short, 3 int, 4 long, 5 long long)
   and signedness; 0 if not an integer type (_Bool and enums are not
   counted). */
static int int_rank(CXType t, bool *is_unsigned)
{
    *is_unsigned = false;
    switch (clang_getCanonicalType(t).kind) {
    case CXType_Char_U:
    case CXType_UChar: *is_unsigned = true; return 1;
    case CXType_Char_S:
    case CXType_SChar: return 1;
    case CXType_UShort: *is_unsigned = true; return 2;
    case CXType_Short: return 2;
    case CXType_UInt: *is_unsigned = true; return 3;
    case CXType_Int: return 3;
    case CXType_ULong: *is_unsigned = true; return 4;
    case CXType_Long: return 4;
    case CXType_ULongLong: *is_unsigned = true; return 5;
    case CXType_LongLong: return 5;
    default: return 0;
    }
}

typedef struct YieldQuery {
    const Finder *f;
    size_t off;
} YieldQuery;

static bool yield_before(const void *ctx, int i)
{
    const YieldQuery *q = ctx;
    return q->f->g->yields.items[i]->begin < q->off;
}

/* The parts of a `for` clang gives (init, cond, inc: each if written;
   the body), and where each is (clang's location of it: inside it, which
   is all the part it is in needs, without measuring its extent). */
typedef struct ForKids {
    Finder *f;
    CXCursor c[4];
    size_t at[4];
    int n;
} ForKids;

static enum CXChildVisitResult visit_for_kid(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    ForKids *k = data;
    if (k->n == 4)
        return CXChildVisit_Break;
    k->c[k->n] = c;
    k->at[k->n] = expanded_at(k->f, clang_getCursorLocation(c));
    k->n++;
    return CXChildVisit_Continue;
}

/* Through parentheses and implicit conversions, but not through the
   other nodes libclang does not expose (GNU `a ?: b`,
   `__builtin_choose_expr`: find.c's strip would take their first
   operand): those with one child only. */
static CXCursor strip_conversions(CXCursor c)
{
    while ((c.kind == CXCursor_ParenExpr || c.kind == CXCursor_UnexposedExpr) && count_children(c) == 1)
        c = child0(c);
    return c;
}

/* Does c name the variable declared by decl (through parentheses and
   conversions)? */
static bool names(CXCursor c, CXCursor decl)
{
    c = strip_conversions(c);
    return c.kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), decl);
}

/* The token next to the counter's name in an operand of the test
   (`dir` 1: after it, -1: before it), or NULL if the operand is not that
   name as written (parenthesized, from a macro). */
static const Tok *beside_name(Finder *f, CXCursor operand, int dir)
{
    size_t at;
    if (!spelled_at(f, clang_getCursorLocation(strip_conversions(operand)), &at))
        return NULL;
    int i = tok_at_or_after(&f->t->lx, at);
    const Tok *t = &f->t->lx.toks[i];
    if (t->begin != at || t->kind != TK_IDENT || i + dir < 0 || i + dir >= f->t->lx.ntoks)
        return NULL;
    return t + dir;
}

/* Does the test `cond` keep a counter of rank `rank` (int or wider)
   stepping up (or down) from overflowing on its next step: `counter < X`
   (`X > counter`) for `++`, `counter > X` (`X < counter`) for `--`, the
   comparison in the counter's type (so X is at most its maximum)? */
static bool bounds(Finder *f, CXCursor cond, CXCursor counter, int rank, bool up)
{
    cond = strip_conversions(cond);
    if (cond.kind != CXCursor_BinaryOperator)
        return false;
    CXCursor lhs = child0(cond), rhs = child_last(cond), x;
    const Tok *op;
    bool flip;
    if (names(lhs, counter))
        x = rhs, op = beside_name(f, lhs, 1), flip = false;
    else if (names(rhs, counter))
        x = lhs, op = beside_name(f, rhs, -1), flip = true;
    else
        return false;
    if (!op || op->in_directive || op->inactive)
        return false;
    bool less = tok_is(f->t, op, "<");
    if (!less && !tok_is(f->t, op, ">"))
        return false;
    if ((less != flip) != up)
        return false;
    /* X as the comparison has it (converted to the common type: the
       counter's unless X's is wider or unsigned) */
    bool x_unsigned;
    int x_rank = int_rank(clang_getCursorType(x), &x_unsigned);
    return x_rank > 0 && !x_unsigned && x_rank <= rank;
}

static bool yield_kw_before(const void *ctx, int i)
{
    const Finder *f = ((const YieldQuery *)ctx)->f;
    return f->t->lx.yields.items[i]->kw < ((const YieldQuery *)ctx)->off;
}

/* As the text shows (lex's yields; no libclang): the loop's last yield is
   a statement `yield e;` that ends its body, the body itself or followed
   by the body's closing brace.  What is not written so (a yield from a macro) is not a
   counted loop; resolve_counted_fors checks the rest on clang's tree. */
static bool ends_with_yield(Finder *f, Span body, size_t end)
{
    Lexed *lx = &f->t->lx;
    YieldQuery q = { f, end };
    int i = lower_bound(lx->yields.len, yield_kw_before, &q) - 1;
    if (i < 0 || lx->yields.items[i]->kw < body.begin || lx->yields.items[i]->is_from)
        return false;
    const YieldTok *y = lx->yields.items[i];
    int k = tok_at_or_after(lx, y->bare ? y->kw + 5 : y->operand_end);
    while (k < lx->ntoks && (lx->toks[k].in_directive || lx->toks[k].inactive))
        k++;
    if (k >= lx->ntoks || !tok_is(f->t, &lx->toks[k], ";"))
        return false;
    if (lx->toks[k].end >= end)
        return true;    /* the body: `for (...) yield e;` */
    for (k++; k < lx->ntoks && (lx->toks[k].in_directive || lx->toks[k].inactive); k++)
        ;
    return k < lx->ntoks && tok_is(f->t, &lx->toks[k], "}") && lx->toks[k].end == end;   /* the body's own */
}

void note_counted_for(Finder *f, Node *n)
{
    size_t begin = nbegin(f, n);
    if (!text_at(f, begin, "for"))
        return;     /* written by a macro */
    int tk[4];
    if (!for_tokens(f, begin, tk) || tk[FOR_BODY] - tk[FOR_INC] != 3)
        return;
    const Tok *toks = f->t->lx.toks, *a = &toks[tk[FOR_INC] + 1], *b = a + 1;
    const Tok *name = a->kind == TK_IDENT ? a : b, *op = name == a ? b : a;
    if (a->in_directive || b->in_directive || a->inactive || b->inactive || a->respelled || b->respelled ||
        name->kind != TK_IDENT || macro_invoked_at(f->t, name->begin))
        return;
    bool up = tok_is(f->t, op, "++");
    if (!up && !tok_is(f->t, op, "--"))
        return;
    Span body = { toks[tk[FOR_BODY]].end, nend(f, n) };
    if (!ends_with_yield(f, body, body.end))
        return;
    ForKids k = { .f = f };
    clang_visitChildren(n->c, visit_for_kid, &k);
    if (k.n < 2)
        return;
    CXCursor init = clang_getNullCursor(), cond = clang_getNullCursor(), inc = clang_getNullCursor();
    for (int i = 0; i < k.n - 1; i++) {
        if (k.at[i] >= toks[tk[FOR_INC]].end && k.at[i] < toks[tk[FOR_BODY]].begin)
            inc = k.c[i];
        else if (k.at[i] >= toks[tk[FOR_COND]].end && k.at[i] < toks[tk[FOR_INC]].begin)
            cond = k.c[i];
        else if (k.at[i] >= toks[tk[FOR_INIT]].end && k.at[i] < toks[tk[FOR_COND]].begin)
            init = k.c[i];
    }
    CXCursor step = strip_conversions(inc);
    if (step.kind != CXCursor_UnaryOperator)
        return;
    CXCursor ref = strip_conversions(child0(step));
    if (ref.kind != CXCursor_DeclRefExpr)
        return;
    CXCursor counter = clang_getCursorReferenced(ref);
    bool is_unsigned;
    int rank = int_rank(clang_getCursorType(counter), &is_unsigned);
    if (rank == 0)
        return;
    CountedFor *cf = yc_alloc(sizeof *cf);
    cf->begin = begin;
    cf->end = body.end;
    cf->inc = (Span){ a->begin, b->end };
    cf->inc_text = yc_format("%.*s%.*s", (int)(a->end - a->begin), f->t->src.text + a->begin,
                             (int)(b->end - b->begin), f->t->src.text + b->begin);
    cf->body = body;
    cf->no_overflow = is_unsigned || rank < 3 || (!clang_Cursor_isNull(cond) && bounds(f, cond, counter, rank, up));
    /* the first thing in the generator's body, no directive before it (an
       #include would bring statements, a #define a macro the constructor
       would not see) */
    int first = tok_at_or_after(&f->t->lx, f->g->def->body_begin) + 1;
    cf->first_in_body = first < f->t->lx.ntoks && toks[first].begin == begin;
    /* the counter's writes are kept from here on (the body's are those
       that count); one declared in the first clause is made next */
    Var *v = var_of(f, counter);
    if (v)
        v->track_writes = true;
    else
        f->next_counter = counter;
    vec_push(&f->pending_fors, ((PendingFor){ cf, counter, k.c[k.n - 1],
                                              clang_getCursorKind(init) == CXCursor_DeclStmt
                                                  ? init : clang_getNullCursor() }));
}

/* What may enter the body other than from the loop's test, or act in it
   unseen: a label, a `case` or `default` of a switch around the loop, an
   `asm` (its outputs write variables find does not see written), code from
   another file (an #include: its jumps and writes are not at offsets of
   INPUT). */
typedef struct EntryScan {
    Finder *f;
    bool cases_count;       /* not inside a switch of the body's own */
} EntryScan;

static enum CXChildVisitResult find_entry(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    EntryScan *e = data;
    CXFile file;    /* (where it is expanded: a macro's text from a header is this file's code) */
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL, NULL, NULL);
    if (!clang_File_isEqual(file, e->f->main_file))
        return CXChildVisit_Break;
    switch (clang_getCursorKind(c)) {
    case CXCursor_LabelStmt:
    case CXCursor_GCCAsmStmt:
    case CXCursor_MSAsmStmt:
        return CXChildVisit_Break;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
        if (e->cases_count)
            return CXChildVisit_Break;
        break;
    case CXCursor_SwitchStmt: {     /* its cases are its own; its labels are not */
        EntryScan inner = { e->f, false };
        return clang_visitChildren(c, find_entry, &inner) ? CXChildVisit_Break : CXChildVisit_Continue;
    }
    default:
        break;
    }
    return CXChildVisit_Recurse;
}

typedef struct InitScan {
    Finder *f;
    CountedFor *cf;
    bool ok;
} InitScan;

/* Is the initializer a parameter's name alone, or an integer constant
   expression (clang evaluates it) written with literals, operators, casts
   to integer types and `sizeof` only: no name (no macro, nor a call, nor
   an assignment, a comma or `++`, whose effect the text would hide; clang
   folds `(puts("x"), 0)` to 0 all the same)?  Such a text means the same
   anywhere the parameters are in scope: the constructor may write it. */
static bool plain_initializer(Finder *f, const Var *v, CXCursor init)
{
    static const char *const ops[] = { "(", ")", "+", "-", "~", "!", "*", "/", "%", "<<", ">>", "&", "|", "^",
                                       "<", ">", "<=", ">=", "==", "!=", "&&", "||", "?", ":", NULL };
    static const char *const words[] = { "sizeof", "_Alignof", "char", "short", "int", "long", "signed",
                                         "unsigned", NULL };
    Lexed *lx = &f->t->lx;
    int first = tok_at_or_after(lx, v->init_begin), n = 0;
    for (int i = first; i < lx->ntoks && lx->toks[i].begin < v->init_end; i++, n++) {
        const Tok *t = &lx->toks[i];
        if (t->in_directive || t->inactive || t->respelled || macro_invoked_at(f->t, t->begin))
            return false;
        const char *const *allowed = t->kind == TK_PUNCT ? ops : t->kind == TK_KEYWORD ? words : NULL;
        bool fine = t->kind == TK_LITERAL && !memchr(f->t->src.text + t->begin, '"', t->end - t->begin) &&
                    !memchr(f->t->src.text + t->begin, '.', t->end - t->begin);
        for (int k = 0; allowed && allowed[k] && !fine; k++)
            fine = tok_is(f->t, t, allowed[k]);
        if (!fine && !(t->kind == TK_IDENT && n == 0))
            return false;
    }
    if (n == 1 && lx->toks[first].kind == TK_IDENT) {
        CXCursor name = strip_conversions(init);
        Var *p = name.kind == CXCursor_DeclRefExpr ? var_of(f, clang_getCursorReferenced(name)) : NULL;
        return p && p->is_param;
    }
    if (n == 0 || lx->toks[first].kind == TK_IDENT)
        return false;
    CXEvalResult r = clang_Cursor_Evaluate(init);
    bool is_int = r && clang_EvalResult_getKind(r) == CXEval_Int;
    if (r)
        clang_EvalResult_dispose(r);
    return is_int;
}

/* A variable the first clause declares: known if an integer whose
   initializer the constructor can write. */
static enum CXChildVisitResult visit_init(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    InitScan *s = data;
    Var *v = var_of(s->f, c);
    bool is_unsigned;
    if (!v || !int_rank(clang_getCursorType(c), &is_unsigned) || !v->has_init ||
        !plain_initializer(s->f, v, clang_Cursor_getVarDeclInitializer(c))) {
        s->ok = false;
        return CXChildVisit_Break;
    }
    vec_push(&s->cf->inits, v);
    return CXChildVisit_Continue;
}

/* After the generator's visit: the counter and the first clause's
   variables by their Var.  Kept only if the body's last statement is a
   yield statement (the last yield in the loop belongs to a statement of
   its own, and that statement is the body's last: only then its extent is
   measured).  The facts that cost a visit are asked only of a loop whose
   step cannot overflow, the only kind plan_loop.c rewrites: whether
   something may enter the body (a visit of it) and, for the loop that
   begins the generator's body, its first clause's initializers. */
void resolve_counted_fors(Finder *f)
{
    Gen *g = f->g;
    for (int i = 0; i < f->pending_fors.len; i++) {
        PendingFor *pf = &f->pending_fors.items[i];
        CountedFor *cf = pf->cf;
        cf->counter = var_of(f, pf->counter);
        YieldQuery q = { f, cf->end };
        int last_yield = lower_bound(g->yields.len, yield_before, &q) - 1;
        if (!cf->counter || !cf->counter->track_writes || last_yield < 0)
            continue;
        const Stmt *s = g->yields.items[last_yield]->stmt;
        if (!s || !s->whole_is_yield || s->begin < cf->body.begin)
            continue;
        CXCursor last = clang_getCursorKind(pf->body) == CXCursor_CompoundStmt ? child_last(pf->body) : pf->body;
        if (clang_Cursor_isNull(last) || expanded_at(f, clang_getCursorLocation(last)) != s->begin)
            continue;   /* (where clang says it is: no extent measured) */
        size_t last_end;
        extent_of(f, last, &cf->last.begin, &last_end);
        cf->last.end = stmt_end(f, last);
        if (cf->last.begin != s->begin || cf->last.end != s->end)
            continue;
        vec_push(&g->counted_fors, cf);
        if (!cf->no_overflow)
            continue;   /* (plan_loop.c asks no more of it) */
        EntryScan scan = { f, true };
        cf->entered_inside = find_entry(pf->body, pf->body, &scan) == CXChildVisit_Break ||
                             clang_visitChildren(pf->body, find_entry, &scan) != 0;
        if (cf->first_in_body && !clang_Cursor_isNull(pf->init)) {
            InitScan inits = { f, cf, true };
            clang_visitChildren(pf->init, visit_init, &inits);
            cf->inits_known = inits.ok && cf->inits.len > 0;
        }
    }
    f->pending_fors.len = 0;
}

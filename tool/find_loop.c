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

/* Does c name the variable declared by decl (through parentheses and
   conversions)? */
static bool names(CXCursor c, CXCursor decl)
{
    c = strip(c);
    return c.kind == CXCursor_DeclRefExpr && clang_equalCursors(clang_getCursorReferenced(c), decl);
}

/* The token next to the counter's name in an operand of the test
   (`dir` 1: after it, -1: before it), or NULL if the operand is not that
   name as written (parenthesized, from a macro). */
static const Tok *beside_name(Finder *f, CXCursor operand, int dir)
{
    size_t at;
    if (!spelled_at(f, clang_getCursorLocation(strip(operand)), &at))
        return NULL;
    int i = tok_at_or_after(&f->t->lx, at);
    const Tok *t = &f->t->lx.toks[i];
    if (t->begin != at || t->kind != TK_IDENT || i + dir < 0 || i + dir >= f->t->lx.ntoks)
        return NULL;
    return t + dir;
}

/* Does the test `cond` keep a counter of rank `rank` stepping up (or
   down) from overflowing on its next step: `counter < X` (`X > counter`)
   for `++`, `counter > X` (`X < counter`) for `--`, with X of a signed
   type no wider than the counter's, or narrower than int (so that the
   comparison is in the counter's type, and X at most its maximum)? */
static bool bounds(Finder *f, CXCursor cond, CXCursor counter, int rank, bool up)
{
    cond = strip(cond);
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
    bool x_unsigned;
    int x_rank = int_rank(clang_getCursorType(strip(x)), &x_unsigned);
    return x_rank > 0 && (x_rank < 3 || (!x_unsigned && x_rank <= rank));
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
    for_tokens(f, begin, tk);
    if (tk[FOR_BODY] - tk[FOR_INC] != 3)
        return;
    const Tok *toks = f->t->lx.toks, *a = &toks[tk[FOR_INC] + 1], *b = a + 1;
    const Tok *name = a->kind == TK_IDENT ? a : b, *op = name == a ? b : a;
    if (a->in_directive || b->in_directive || a->inactive || b->inactive || name->kind != TK_IDENT ||
        macro_invoked_at(f->t, name->begin))
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
    CXCursor step = strip(inc);
    if (step.kind != CXCursor_UnaryOperator)
        return;
    CXCursor ref = strip(child0(step));
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
    cf->body = body;
    cf->no_overflow = is_unsigned || rank < 3 || (!clang_Cursor_isNull(cond) && bounds(f, cond, counter, rank, up));
    /* the first thing in the generator's body */
    int first = tok_at_or_after(&f->t->lx, f->g->def->body_begin) + 1;
    while (first < f->t->lx.ntoks && (toks[first].in_directive || toks[first].inactive))
        first++;
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

/* A label in the body, or a `case` or `default` of a switch around it:
   the body may be entered other than from the loop's test. */
static enum CXChildVisitResult find_entry(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    bool cases_count = *(bool *)data;
    switch (clang_getCursorKind(c)) {
    case CXCursor_LabelStmt:
        return CXChildVisit_Break;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
        if (cases_count)
            return CXChildVisit_Break;
        break;
    case CXCursor_SwitchStmt: {     /* its cases are its own; its labels are not */
        bool inner = false;
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

/* A variable the first clause declares: known if an integer initialized
   by an integer constant (its value, as the variable's type holds it) or
   by a parameter's name. */
static enum CXChildVisitResult visit_init(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    InitScan *s = data;
    Var *v = var_of(s->f, c);
    ForInit in = { .var = v };
    int rank = v ? int_rank(clang_getCursorType(c), &in.is_unsigned) : 0;
    if (!v || !rank || !v->has_init) {
        s->ok = false;
        return CXChildVisit_Break;
    }
    CXCursor e = clang_Cursor_getVarDeclInitializer(c), name = strip(e);
    Var *p = name.kind == CXCursor_DeclRefExpr ? var_of(s->f, clang_getCursorReferenced(name)) : NULL;
    if (p && p->is_param) {
        in.param = p;
    } else {
        CXEvalResult r = clang_Cursor_Evaluate(e);
        if (!r || clang_EvalResult_getKind(r) != CXEval_Int) {
            if (r)
                clang_EvalResult_dispose(r);
            s->ok = false;
            return CXChildVisit_Break;
        }
        unsigned long long x = clang_EvalResult_isUnsignedInt(r) ? clang_EvalResult_getAsUnsigned(r)
                                                                 : (unsigned long long)clang_EvalResult_getAsLongLong(r);
        clang_EvalResult_dispose(r);
        /* converted to the variable's type */
        long long size = clang_Type_getSizeOf(clang_getCursorType(c));
        if (size > 0 && size < 8) {
            unsigned bits = (unsigned)size * 8;
            x &= (1ULL << bits) - 1;
            if (!in.is_unsigned && (x >> (bits - 1)))
                x |= ~0ULL << bits;
        }
        in.value = x;
    }
    vec_push(&s->cf->inits, in);
    return CXChildVisit_Continue;
}

/* After the generator's visit: the counter and the first clause's
   variables by their Var.  Kept only if its step cannot overflow and the
   body's last statement is a yield statement (the last yield in the loop
   belongs to a statement of its own, and that statement is the body's
   last: only then its extent is measured); then whether something may
   enter the body is asked (a visit of the body), and for the loop that
   begins the generator's body, its first clause's values. */
void resolve_counted_fors(Finder *f)
{
    Gen *g = f->g;
    for (int i = 0; i < f->pending_fors.len; i++) {
        PendingFor *pf = &f->pending_fors.items[i];
        CountedFor *cf = pf->cf;
        cf->counter = var_of(f, pf->counter);
        YieldQuery q = { f, cf->end };
        int last_yield = lower_bound(g->yields.len, yield_before, &q) - 1;
        if (!cf->counter || !cf->counter->track_writes || !cf->no_overflow || last_yield < 0)
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
        bool cases_count = true;
        enum CXCursorKind bk = clang_getCursorKind(pf->body);
        cf->entered_inside = bk == CXCursor_LabelStmt || bk == CXCursor_CaseStmt || bk == CXCursor_DefaultStmt ||
                             clang_visitChildren(pf->body, find_entry, &cases_count) != 0;
        if (cf->first_in_body && !clang_Cursor_isNull(pf->init)) {
            InitScan scan = { f, cf, true };
            clang_visitChildren(pf->init, visit_init, &scan);
            cf->inits_known = scan.ok && cf->inits.len > 0;
        }
        vec_push(&g->counted_fors, cf);
    }
    f->pending_fors.len = 0;
}

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

/* The parts of a `for` clang gives (init, cond, inc: each if written;
   the body) and where each begins. */
typedef struct ForKids {
    Finder *f;
    CXCursor c[4];
    size_t begin[4];
    int n;
} ForKids;

static enum CXChildVisitResult visit_for_kid(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    ForKids *k = data;
    if (k->n == 4)
        return CXChildVisit_Break;
    size_t end;
    k->c[k->n] = c;
    extent_of(k->f, c, &k->begin[k->n], &end);
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
    CXCursor lhs = child0(cond), rhs = child_last(cond);
    size_t lb, le;
    extent_of(f, lhs, &lb, &le);
    const Tok *op = &f->t->lx.toks[tok_at_or_after(&f->t->lx, le)];
    bool less = tok_is(f->t, op, "<");
    if (!less && !tok_is(f->t, op, ">"))
        return false;
    CXCursor x;
    if (names(lhs, counter))
        x = rhs;
    else if (names(rhs, counter))
        x = lhs, less = !less;
    else
        return false;
    if (less != up)
        return false;
    bool x_unsigned;
    int x_rank = int_rank(clang_getCursorType(strip(x)), &x_unsigned);
    return x_rank > 0 && (x_rank < 3 || (!x_unsigned && x_rank <= rank));
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
    const Tok *a = &f->t->lx.toks[tk[FOR_INC] + 1], *b = a + 1;
    const Tok *name = a->kind == TK_IDENT ? a : b, *op = name == a ? b : a;
    if (a->in_directive || b->in_directive || a->inactive || b->inactive || name->kind != TK_IDENT ||
        macro_invoked_at(f->t, name->begin))
        return;
    bool up = tok_is(f->t, op, "++");
    if (!up && !tok_is(f->t, op, "--"))
        return;
    ForKids k = { .f = f };
    clang_visitChildren(n->c, visit_for_kid, &k);
    if (k.n < 2)
        return;
    CXCursor init = clang_getNullCursor(), cond = clang_getNullCursor(), inc = clang_getNullCursor();
    for (int i = 0; i < k.n - 1; i++) {
        size_t at = k.begin[i];
        if (at >= f->t->lx.toks[tk[FOR_INC]].end)
            inc = k.c[i];
        else if (at >= f->t->lx.toks[tk[FOR_COND]].end)
            cond = k.c[i];
        else
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
    cf->end = stmt_end(f, n->c);
    cf->inc = (Span){ a->begin, b->end };
    CXCursor body = k.c[k.n - 1];
    size_t body_end;
    extent_of(f, body, &cf->body.begin, &body_end);
    cf->body.end = cf->end;
    CXCursor last = clang_getCursorKind(body) == CXCursor_CompoundStmt ? child_last(body) : body;
    if (clang_Cursor_isNull(last))
        return;
    size_t last_end;
    extent_of(f, last, &cf->last.begin, &last_end);
    cf->last.end = stmt_end(f, last);
    cf->no_overflow = is_unsigned || rank < 3 || (!clang_Cursor_isNull(cond) && bounds(f, cond, counter, rank, up));
    /* the first thing in the generator's body */
    int first = tok_at_or_after(&f->t->lx, f->g->def->body_begin) + 1;
    while (first < f->t->lx.ntoks && (f->t->lx.toks[first].in_directive || f->t->lx.toks[first].inactive))
        first++;
    cf->first_in_body = first < f->t->lx.ntoks && f->t->lx.toks[first].begin == begin;
    vec_push(&f->pending_fors, ((PendingFor){ cf, counter, body,
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
    CXCursor e = child_last(c), name = strip(e);
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
   variables by their Var; kept only if the body ends with a yield
   statement (plan matches it), and then only whether something may enter
   the body is asked (a visit of the body). */
void resolve_counted_fors(Finder *f)
{
    Gen *g = f->g;
    for (int i = 0; i < f->pending_fors.len; i++) {
        PendingFor *pf = &f->pending_fors.items[i];
        CountedFor *cf = pf->cf;
        cf->counter = var_of(f, pf->counter);
        Yield *y = yield_after(g, cf->last.begin - 1);
        if (!cf->counter || !y || y->begin >= cf->last.end)
            continue;
        bool cases_count = true;
        cf->entered_inside = clang_visitChildren(pf->body, find_entry, &cases_count) != 0 ||
                             clang_getCursorKind(pf->body) == CXCursor_LabelStmt ||
                             clang_getCursorKind(pf->body) == CXCursor_CaseStmt ||
                             clang_getCursorKind(pf->body) == CXCursor_DefaultStmt;
        if (!clang_Cursor_isNull(pf->init)) {
            InitScan s = { f, cf, true };
            clang_visitChildren(pf->init, visit_init, &s);
            cf->inits_known = s.ok && cf->inits.len > 0;
        }
        vec_push(&g->counted_fors, cf);
    }
    f->pending_fors.len = 0;
}

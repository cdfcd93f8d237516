/*
** find_yield.c -- find: the yields of a generator, the statement each
** belongs to (the one whose evaluation includes it), the operators that
** evaluate a yield's operand only sometimes or in order (a tree per
** statement), `yield from` and its sub-generator, the jumps, and compound
** literals whose address may outlive a yield; and what cannot be compiled
** (setjmp, alloca or a VLA across a yield, yields where they cannot be
** lowered).
*/
#include "find.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- statements with yields, and returns ---- */

typedef struct ExtentMatch {
    size_t begin, end;
    int kind;               /* XNode: its kind */
} ExtentMatch;

static bool same_stmt(const void *val, const void *ctx)
{
    const ExtentMatch *m = ctx;
    const Stmt *s = val;
    return s->begin == m->begin && s->end == m->end;
}

static Stmt *stmt_at(Finder *f, size_t begin, size_t end)
{
    ExtentMatch m = { begin, end, 0 };
    Stmt *s = map_get(&f->stmts_by_extent, hash_pair(begin, end), same_stmt, &m);
    if (s)
        return s;
    s = yc_alloc(sizeof *s);
    s->begin = begin;
    s->end = end;
    map_put(&f->stmts_by_extent, hash_pair(begin, end), s);
    vec_push(&f->g->stmts, s);
    return s;
}

/* The operator text between a binary operator's two operands. */
static bool binary_op_is(Finder *f, Node *op, const char *s)
{
    CXCursor lhs = child0(op->c);
    size_t lb, le;
    extent_of(f, lhs, &lb, &le);
    int i = tok_at_or_after(&f->t->lx, le);
    return tok_is(f->t, &f->t->lx.toks[i], s);
}

/* The tokens that split `for (init; cond; inc) body`: tk[p] is the one
   before part p (`(`, both `;`, `)`), as C reads them: a directive's or
   an inactive branch's are not.  False if they are not all written there
   (a macro writes a `;` or the `)`). */
bool for_tokens(Finder *f, size_t for_begin, int tk[4])
{
    int i = tok_at_or_after(&f->t->lx, for_begin) + 1;
    int depth = 0, n = 0;
    bool closed = false;
    tk[0] = tk[1] = tk[2] = tk[3] = i;
    for (; i < f->t->lx.ntoks && n < 3; i++) {
        Tok *t = &f->t->lx.toks[i];
        size_t len;
        const char *text = tok_text(f->t, t, &len);     /* (`\<newline>;` is a `;`) */
        if (t->kind != TK_PUNCT || len != 1 || t->in_directive || t->inactive)
            continue;
        char c = text[0];
        if (c == '(')
            depth++;
        else if (c == ')' && --depth == 0)
            closed = n == 2, tk[++n] = i, n = 3;
        else if (c == ';' && depth == 1)
            tk[++n] = i;
    }
    tk[3] = i - 1;
    return closed;
}

/* Which part of a `for` holds source offset `off`. */
ForPart for_part(Finder *f, size_t for_begin, size_t off)
{
    int tk[4];
    for_tokens(f, for_begin, tk);
    for (int p = FOR_COND; p <= FOR_BODY; p++)
        if (off < f->t->lx.toks[tk[p]].begin)
            return (ForPart)(p - 1);
    return FOR_BODY;
}

/* A compound statement's first statement that is not empty (`;`, `{}`),
   or a null cursor. */
static enum CXChildVisitResult first_not_empty(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_NullStmt || (k == CXCursor_CompoundStmt && clang_Cursor_isNull(child0(c))))
        return CXChildVisit_Continue;
    *(CXCursor *)data = c;
    return CXChildVisit_Break;
}

/* Does a loop's body begin with a `case` or `default` label (Duff's
   device: the switch jumps into the loop), inside braces, after other
   labels or empty statements (`{ { case 1: ...`, `again: case 1: ...`,
   `{ ; case 1: ...`)? */
static bool begins_with_case(CXCursor body)
{
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(body);
        if (k == CXCursor_CaseStmt || k == CXCursor_DefaultStmt)
            return true;
        if (k == CXCursor_LabelStmt) {
            body = child0(body);
        } else if (k == CXCursor_CompoundStmt) {
            CXCursor first = clang_getNullCursor();
            clang_visitChildren(body, first_not_empty, &first);
            body = first;
        } else {
            return false;
        }
    }
}

/* A `for` whose condition or increment holds a yield: its parts. */
static void note_for_parts(Finder *f, Stmt *s, Node *n)
{
    int tk[4];
    for_tokens(f, nbegin(f, n), tk);
    Tok *t = f->t->lx.toks;
    s->loop = LOOP_FOR;
    s->init = (Span){ t[tk[FOR_INIT]].end, t[tk[FOR_COND]].end };
    s->cond = (Span){ t[tk[FOR_COND]].end, t[tk[FOR_INC]].begin };
    s->inc = (Span){ t[tk[FOR_INC]].end, t[tk[FOR_BODY]].begin };
    s->body = (Span){ t[tk[FOR_BODY]].end, s->end };
    s->body_braced = tok_is(f->t, &t[tk[FOR_BODY] + 1], "{");
    s->body_case_first = begins_with_case(child_last(n->c));
}

/* The extents of a cursor's first `max` children. */
typedef struct Kids {
    Finder *f;
    CXCursor c[3];
    size_t begin[3], end[3];
    int n;
} Kids;

static enum CXChildVisitResult visit_kid(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Kids *k = data;
    if (k->n == 3)
        return CXChildVisit_Break;
    k->c[k->n] = c;
    extent_of(k->f, c, &k->begin[k->n], &k->end[k->n]);
    k->n++;
    return CXChildVisit_Continue;
}

static bool same_lazy(const void *val, const void *ctx)
{
    const ExtentMatch *m = ctx;
    const XNode *x = val;
    return x->begin == m->begin && x->end == m->end && (int)x->kind == m->kind;
}

/* A ?: temporary's type as the frame can name it, if it can: a typedef
   declared in the body is replaced by what it stands for (clang 16 keeps
   the typedef of `c ? (L)a : (L)b`, clang 14 gives the type behind it). */
static CXType nameable_type(Finder *f, CXType t)
{
    if (!names_body_type(f, t, 0))
        return t;
    CXType u = t;
    for (int depth = 0; depth < 32 && names_body_type(f, u, 0); depth++) {
        if (u.kind == CXType_Elaborated)
            u = clang_Type_getNamedType(u);
        else if (u.kind == CXType_Typedef)
            u = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(u));
        else
            break;
    }
    if (!names_body_type(f, u, 0))
        return u;
    CXType canon = clang_getCanonicalType(t);
    char *s = cx_take(clang_getTypeSpelling(canon));
    bool named = !strstr(s, "(unnamed") && !strstr(s, "(anonymous");
    return named && !names_body_type(f, canon, 0) ? canon : t;
}

/* The `&&`, `||`, `,` or `?:` node at n, made once. */
static XNode *lazy_node(Finder *f, Node *n, XKind kind)
{
    ExtentMatch m = { nbegin(f, n), nend(f, n), kind };
    uint64_t key = hash_pair(hash_pair(m.begin, m.end), (uint64_t)kind);
    XNode *x = map_get(&f->lazies_by_extent, key, same_lazy, &m);
    if (x)
        return x;
    x = yc_alloc(sizeof *x);
    map_put(&f->lazies_by_extent, key, x);
    x->kind = kind;
    x->begin = nbegin(f, n);
    x->end = nend(f, n);
    Kids k = { .f = f };
    clang_visitChildren(n->c, visit_kid, &k);
    x->nparts = k.n;
    for (int i = 0; i < k.n; i++) {
        x->parts[i] = (Span){ k.begin[i], k.end[i] };
    }
    if (kind == X_COND) {
        CXType t = nameable_type(f, clang_getCursorType(n->c));
        x->type = cx_type(t);
        /* a type the frame cannot name: its temporary is bytes, read and
           written through the type, which the body can name where the
           `?:` is (if it has a name) */
        x->local_type = strstr(x->type, "typeof") || names_body_type(f, t, 0);
        if (x->local_type && (strstr(x->type, "(unnamed") || strstr(x->type, "(anonymous")))
            error_at(&f->t->diag, x->begin, "a yield in an operand of this '?:', whose value has a type declared "
                                            "in the generator without a name: give the type a name, or use if/else");
        x->type_in_input = input_type_decl(f, t, false, 0);
        x->size = clang_Type_getSizeOf(t);
        x->align = clang_Type_getAlignOf(t);
    }
    vec_push(&f->g->lazies, x);
    return x;
}

static bool is_arithmetic(CXType t)
{
    t = clang_getCanonicalType(t);
    return (t.kind >= CXType_Bool && t.kind <= CXType_LongDouble) || t.kind == CXType_Enum ||
           t.kind == CXType_Complex || t.kind == CXType_Float128;
}

/* Can a value of type `from` be assigned to one of type `to`?  The cases
   that matter for a delegation; the C compiler checks the rest. */
static bool assignable(CXType from, CXType to)
{
    CXType a = clang_getCanonicalType(from), b = clang_getCanonicalType(to);
    if (is_arithmetic(a) && is_arithmetic(b))
        return true;
    if (a.kind == CXType_Pointer && (b.kind == CXType_Pointer || b.kind == CXType_Bool))
        return true;    /* qualifiers and void * are the C compiler's to judge */
    if (a.kind == CXType_Record && b.kind == CXType_Record)
        return clang_equalTypes(a, b);
    return false;
}

/* `yield from X`: X is a generator frame (a call making one) or a pointer
   to one; record what the emitted loop needs. */
static bool find_sub(Finder *f, CXCursor call, Yield *y)
{
    CXCursor member = strip(child0(call));
    CXCursor x = strip(child0(member));
    CXType t = clang_getCanonicalType(clang_getCursorType(x));
    bool const_pointee = false;
    if (!y->tok->from_call && t.kind == CXType_Pointer) {
        t = clang_getCanonicalType(clang_getPointeeType(t));
        const_pointee = clang_isConstQualifiedType(t);
    }
    Fields fl = { .is_frame = false };
    if (t.kind == CXType_Record)
        fl = frame_fields(t);
    if (!fl.is_frame) {
        error_at(&f->t->diag, y->tok->operand_begin, "'yield from' needs a generator: a call of one, or a pointer to "
                                        "a generator object (this is '%s')",
                 cx_take(clang_getTypeSpelling(clang_getCursorType(x))));
        return false;
    }
    y->sub_name = cx_take(clang_getCursorSpelling(clang_getTypeDeclaration(t)));
    /* the view spells it typeof(R): the declaration's own text when it is in
       this file, else the type without sugar */
    y->sub_rtype = cx_type(clang_getCanonicalType(fl.plr));
    y->sub_rsize = clang_getCanonicalType(fl.plr).kind == CXType_Void ? 0 : clang_Type_getSizeOf(fl.plr);
    y->type_in_input = input_type_decl(f, fl.plr, false, 0);
    for (int i = 0; i < f->t->lx.decls.len; i++) {
        GenDecl *d = f->t->lx.decls.items[i];
        if (!strcmp(d->name, y->sub_name))
            y->sub_rtype = d->rtype;
    }
    y->sub_send = fl.has_send;
    GenDecl *outer = y->tok->gen;
    bool sub_void = clang_getCanonicalType(fl.ply).kind == CXType_Void;
    if (sub_void != f->yield_void || (!sub_void && !assignable(fl.ply, f->yield_type))) {
        error_at(&f->t->diag, y->tok->kw, "'yield from' a generator that yields '%s' in generator '%s', which yields '%s'",
                 cx_take(clang_getTypeSpelling(clang_getCanonicalType(fl.ply))), outer->name, outer->ytype);
        return false;
    }
    /* each value sent goes on to the sub, as by assignment */
    if (fl.has_send && outer->stype && clang_getCanonicalType(f->send_type).kind != CXType_Void &&
        !assignable(f->send_type, fl.pls)) {
        error_at(&f->t->diag, y->tok->kw, "'yield from' a generator whose send type is '%s' in generator '%s', "
                                          "whose send type is '%s': a value sent could not be passed on to it",
                 cx_take(clang_getTypeSpelling(clang_getCanonicalType(fl.pls))), outer->name, outer->stype);
        return false;
    }
    if (const_pointee) {
        error_at(&f->t->diag, y->tok->operand_begin, "'yield from' resumes the generator it is given: this "
                                                     "pointer is to a const one");
        return false;
    }
    return true;
}

/* Refuses a yield the lowering cannot take: in a macro's argument, or
   right after a cast. */
static bool yield_acceptable(Finder *f, CXCursor c, YieldTok *yt)
{
    if (yt->reported)
        return false;
    unsigned a;
    clang_getExpansionLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &a);
    size_t at = view_to_source(&f->t->lx, a);
    if (at != yt->kw) {
        /* in a macro's argument: the macro decides whether and how often
           it runs, as its expansion in place will show; but the runtime's
           macros are kept as written, arguments and all (see expand.c) */
        const char *api = api_macro_holding(f->t, at, yt->kw);
        if (api) {
            error_at(&f->t->diag, yt->kw, "'yield' in an argument of '%s' is not supported: keep the yield's "
                     "value in a variable first, and pass that", api);
            yt->reported = true;
            return false;
        }
        if (!request_expansion(f->t, at))
            error_at(&f->t->diag, yt->kw, "'yield' in an argument of macro '%s', which cannot be expanded in place",
                     macro_name_at(f, at));
        yt->reported = true;
        return false;
    }
    /* met again, not in a macro's argument: the AST shows the expression
       twice (GNU `(yield x) ?: y`, whose condition is also its value);
       it runs once, and was found the first time */
    if (map_get(&f->yield_toks, (uint64_t)(uintptr_t)yt, NULL, NULL))
        return false;
    int p = f->depth - 2;
    while (p > 0 && f->stack[p].kind == CXCursor_UnexposedExpr)
        p--;
    if (f->stack[p].kind == CXCursor_CStyleCastExpr) {
        error_at(&f->t->diag, yt->kw, "'yield' must be parenthesized after a cast: it takes the whole expression "
                         "to its right, as in Python (write '(T)(yield ...)')");
        return false;
    }
    return true;
}

/* The statement that yield y, met at stack[i] (n) on its way up from
   child, belongs to: the one whose evaluation includes it (an expression
   statement, a declaration, an `if`, `switch` or `return` whose operand
   holds it, a `for` whose first clause does), or the loop whose test does. */
static Stmt *statement_of(Finder *f, Yield *y, int i)
{
    Node *n = &f->stack[i], *child = &f->stack[i + 1];
    YieldTok *yt = y->tok;
    Stmt *s;
    switch (n->kind) {
    case CXCursor_DeclStmt:
        if (i > 0 && f->stack[i - 1].kind == CXCursor_ForStmt && count_children(n->c) > 1) {
            error_at(&f->t->diag, yt->kw, "'yield' in a 'for' clause that declares several variables: declare "
                             "them before the 'for'");
            yt->reported = true;
            return NULL;
        }
        if (i > 0 && f->stack[i - 1].kind == CXCursor_ForStmt) {
            s = stmt_at(f, nbegin(f, &f->stack[i - 1]), stmt_end(f, f->stack[i - 1].c));
            break;
        }
        s = stmt_at(f, nbegin(f, n), after_semicolon(f, nend(f, n)));
        s->is_decl = true;
        break;
    case CXCursor_IfStmt:
    case CXCursor_SwitchStmt:
    case CXCursor_ReturnStmt:
        if (n->kind != CXCursor_ReturnStmt && child->child > 0)
            goto expression_statement;
        s = stmt_at(f, nbegin(f, n), stmt_end(f, n->c));
        break;
    case CXCursor_WhileStmt:
    case CXCursor_DoStmt: {
        bool is_while = n->kind == CXCursor_WhileStmt;
        if (is_while != (child->child == 0))
            goto expression_statement;
        s = stmt_at(f, nbegin(f, n), stmt_end(f, n->c));
        Kids k = { .f = f };
        clang_visitChildren(n->c, visit_kid, &k);
        s->loop = is_while ? LOOP_WHILE : LOOP_DO;
        s->cond = (Span){ k.begin[is_while ? 0 : 1], k.end[is_while ? 0 : 1] };
        s->body = (Span){ k.begin[is_while ? 1 : 0], stmt_end(f, k.c[is_while ? 1 : 0]) };
        s->body_braced = text_at(f, s->body.begin, "{");
        s->body_case_first = begins_with_case(k.c[is_while ? 1 : 0]);
        break;
    }
    case CXCursor_ForStmt: {
        /* a loop header from a macro (`REPEAT(n) yield x;`): the yield is in the body,
           since a yield in a macro's argument is refused */
        if (!text_at(f, nbegin(f, n), "for"))
            goto expression_statement;
        ForPart part = for_part(f, nbegin(f, n), yt->kw);
        if (part == FOR_BODY)
            goto expression_statement;
        s = stmt_at(f, nbegin(f, n), stmt_end(f, n->c));
        if (part != FOR_INIT)
            note_for_parts(f, s, n);
        break;
    }
    default:
    expression_statement:
        s = stmt_at(f, nbegin(f, child), stmt_end(f, child->c));
        s->whole_is_yield = nbegin(f, child) == y->begin && nend(f, child) == y->end;
        break;
    }
    return s;
}

/* `v = yield e` (or `v = yield from ...`): the yield at the top of the
   stack is the whole right operand of a plain assignment to variable v of
   the generator (*lhs_at: where that v is named; *full: the full
   expression around it).  Once the assignment has run, v's value from
   before the suspension is never read again (plan decides from the full
   expression's other uses of v whether one comes before). */
static Var *assigned_by(Finder *f, size_t *lhs_at, Span *full)
{
    int i = f->depth - 2;
    /* through parentheses and implicit conversions (an unexposed node of
       the same extent as its child: not GNU `?:`, whose node is one too) */
    while (i >= 0 && (f->stack[i].kind == CXCursor_ParenExpr ||
                      (f->stack[i].kind == CXCursor_UnexposedExpr &&
                       nbegin(f, &f->stack[i]) == nbegin(f, &f->stack[i + 1]) &&
                       nend(f, &f->stack[i]) == nend(f, &f->stack[i + 1]))))
        i--;
    if (i < 0 || f->stack[i].kind != CXCursor_BinaryOperator || f->stack[i + 1].child != 1 ||
        !binary_op_is(f, &f->stack[i], "="))
        return NULL;
    CXCursor lhs = strip(child0(f->stack[i].c));
    if (lhs.kind != CXCursor_DeclRefExpr)
        return NULL;
    *lhs_at = expanded_at(f, clang_getCursorLocation(lhs));    /* as its Ref's `at` */
    /* the full expression around it: what may read v after the
       resumption and before the assignment lies there */
    while (i > 0 && clang_isExpression(f->stack[i - 1].kind))
        i--;
    *full = (Span){ nbegin(f, &f->stack[i]), nend(f, &f->stack[i]) };
    return var_of(f, clang_getCursorReferenced(lhs));
}

void find_yield(Finder *f, CXCursor c, YieldTok *yt)
{
    Gen *g = f->g;
    Yield *y = yc_alloc(sizeof *y);
    y->kind = X_YIELD;
    y->tok = yt;
    Node *self = &f->stack[f->depth - 1];
    y->begin = yt->kw;
    y->end = nend(f, self);
    y->nparts = 1;
    y->parts[0] = yt->bare ? (Span){ y->end, y->end } : (Span){ yt->operand_begin, yt->operand_end };
    if (!yield_acceptable(f, c, yt))
        return;
    y->assigns = assigned_by(f, &y->assigns_at, &y->assigns_in);
    /* (climbing to its statement stops at one inside the statement expression) */
    for (int i = f->depth - 2; i >= 0; i--) {
        const char *no = NULL;
        if (f->stack[i].kind == CXCursor_StmtExpr)
            no = "'yield' inside a statement expression ('({ ... })') is not supported: its resume point would be "
                 "a jump into it";
        else if (f->stack[i].kind == CXCursor_ParmDecl)
            no = "'yield' in the declaration of a parameter (an array's size in a prototype), which is never "
                 "evaluated";
        else if (f->stack[i].kind == CXCursor_TypedefDecl)
            no = "'yield' in a typedef (an array's size) is not supported: keep the yield's value in a variable "
                 "first, and use that";
        else if (f->stack[i].kind == CXCursor_AsmStmt)
            no = "'yield' in an operand of 'asm' is not supported: keep the yield's value in a variable first, and "
                 "use that";
        if (no) {
            error_at(&f->t->diag, yt->kw, "%s", no);
            yt->reported = true;
            return;
        }
    }
    if (yt->is_from && !find_sub(f, c, y)) {
        yt->reported = true;
        return;
    }
    vec_push(&g->yields, y);
    map_put(&f->yield_toks, (uint64_t)(uintptr_t)yt, yt);
    XNodeVec lazies = { 0 };
    XNode *last = y;        /* the node whose value the next operator uses */
    /* Climb to the statement it belongs to. */
    for (int i = f->depth - 2; i >= 0; i--) {
        Node *n = &f->stack[i], *child = &f->stack[i + 1];
        if (clang_isExpression(n->kind)) {
            if (n->kind == CXCursor_ParenExpr || n->kind == CXCursor_UnexposedExpr)
                continue;
            /* the value of the left operand of `,` is thrown away */
            if (n->kind == CXCursor_BinaryOperator && child->child == 0 && last && binary_op_is(f, n, ","))
                last->discarded = true;
            last = NULL;
            if (n->kind == CXCursor_BinaryOperator && child->child == 1) {
                XKind k = binary_op_is(f, n, "&&") ? X_AND : binary_op_is(f, n, "||") ? X_OR
                        : binary_op_is(f, n, ",") ? X_COMMA : X_YIELD;
                if (k != X_YIELD)
                    vec_push(&lazies, last = lazy_node(f, n, k));
            }
            if (n->kind == CXCursor_ConditionalOperator && child->child > 0)
                vec_push(&lazies, last = lazy_node(f, n, X_COND));
            continue;
        }
        if (n->kind == CXCursor_VarDecl) {
            if (clang_Cursor_getStorageClass(n->c) == CX_SC_Static) {
                error_at(&f->t->diag, yt->kw, "'yield' in the initializer of a static variable");
                return;
            }
            continue;
        }
        Stmt *s = statement_of(f, y, i);
        if (!s)
            return;
        vec_push(&s->yields, y);
        y->stmt = s;
        for (int k = 0; k < lazies.len; k++) {
            XNode *x = lazies.items[k];
            bool seen = false;
            for (int j = 0; j < s->top.len; j++)
                seen |= s->top.items[j] == x;
            if (!seen)
                vec_push(&s->top, x);   /* sorted into a tree by build_tree */
        }
        return;
    }
}

/* For a `yield` outside generators (it has no view offset): is it before
   view offset o?  Its source offset mapped to the view is close enough. */
static bool view_offset_before(Finder *f, const YieldTok *y, unsigned o)
{
    return view_to_source(&f->t->lx, o) > y->kw;
}

typedef struct ViewQuery {
    Finder *f;
    unsigned off;
} ViewQuery;

static bool yield_call_before(const void *ctx, int i)
{
    const ViewQuery *q = ctx;
    const YieldTok *y = q->f->t->lx.yields.items[i];
    return y->gen ? y->parse_off < q->off : view_offset_before(q->f, y, q->off);
}

/* The yield whose call (`yc__yield(...)`, or `yc__plr()` for a `yield
   from`, named `name`) is at c. */
YieldTok *yield_call(Finder *f, CXCursor c, const char *name)
{
    CXSourceRange r = clang_getCursorExtent(c);
    unsigned o;
    clang_getFileLocation(clang_getRangeStart(r), NULL, NULL, NULL, &o);   /* in a macro argument too */
    /* yields are in source order, so their view offsets increase */
    const YieldTokVec *ys = &f->t->lx.yields;
    ViewQuery q = { f, o };
    int lo = lower_bound(ys->len, yield_call_before, &q);
    for (int i = lo; i < ys->len; i++) {
        YieldTok *y = ys->items[i];
        if (!y->gen)
            continue;
        if (y->parse_off != o)
            break;
        if (!strcmp(name, y->is_from ? "yc__plr" : "yc__yield"))
            return y;
    }
    return NULL;
}

void check_call(Finder *f, Node *n, const char *name)
{
    char *written = NULL;
    static const char *const jumps[] = { "setjmp", "_setjmp", "sigsetjmp", "__sigsetjmp",
                                         "__builtin_setjmp", NULL };
    for (int i = 0; jumps[i]; i++)
        if (!strcmp(name, jumps[i])) {
            const Tok *tk = &f->t->lx.toks[tok_at_or_after(&f->t->lx, nbegin(f, n))];
            written = yc_strndup(f->t->src.text + tk->begin, tk->end - tk->begin);
            error_at(&f->t->diag, nbegin(f, n), "'%s' in a generator: the generator's stack frame does not survive "
                               "a yield, so a jump buffer into it would dangle", written);
        }
    if (!strcmp(name, "alloca") || !strcmp(name, "__builtin_alloca"))
        vec_push(&f->allocas, nbegin(f, n));
}

/* A compound literal lives in its block, in the body's stack frame: a
   pointer into it (an array literal decays; `&(T){...}`) dies at a yield. */
void note_literal(Finder *f, CXCursor c, Node *n)
{
    int p = f->depth - 2;
    while (p > 0 && (f->stack[p].kind == CXCursor_ParenExpr || f->stack[p].kind == CXCursor_UnexposedExpr))
        p--;
    bool escapes = is_array_type(clang_getCursorType(c)) ||
                   (f->stack[p].kind == CXCursor_UnaryOperator &&
                    clang_getCursorType(f->stack[p].c).kind == CXType_Pointer);
    size_t block_end = 0;
    for (int i = f->depth - 2; escapes && i >= 0 && !block_end; i--)
        if (f->stack[i].kind == CXCursor_CompoundStmt)
            block_end = nend(f, &f->stack[i]);
    if (!block_end)
        return;
    Literal *l = yc_alloc(sizeof *l);
    l->begin = nbegin(f, n);
    l->end = nend(f, n);
    CXType t = clang_getCursorType(c);
    l->type = unconst_type(cx_type(t));
    l->type_in_input = input_type_decl(f, t, false, 0);
    CXCursor decl = clang_getTypeDeclaration(is_array_type(t) ? clang_getArrayElementType(t) : t);
    if (!clang_Cursor_isNull(decl) && clang_getCursorSemanticParent(decl).kind == CXCursor_FunctionDecl)
        l->type = NULL;     /* a type of the body's own: refused if it must live in the frame */
    vec_push(&f->literals, ((LiteralSeen){ l, block_end }));
}

/* `__func__`, `__FUNCTION__` or `__PRETTY_FUNCTION__` in the body: the
   view's function is yc__body_NAME, so clang gives their string literal
   that name.  Written in the body, each becomes "NAME" in the output; one
   from a macro is read once the macro is expanded. */
void note_func_name(Finder *f, CXCursor c)
{
    static const char *const names[] = { "__func__", "__FUNCTION__", "__PRETTY_FUNCTION__", NULL };
    char *lit = cx_take(clang_getCursorSpelling(c));
    if (strncmp(lit, "\"yc__body_", 10) || strcmp(lit + 10, yc_format("%s\"", f->g->def->name)))
        return;
    size_t off;
    if (spelled_at(f, clang_getCursorLocation(c), &off))
        for (int i = 0; names[i]; i++)
            if (text_at(f, off, names[i])) {
                vec_push(&f->g->func_names, ((Span){ off, off + strlen(names[i]) }));
                return;
            }
    request_expansion(f->t, expanded_at(f, clang_getCursorLocation(c)));
}

typedef struct GenQuery {
    const Gen *g;
    size_t off;
} GenQuery;

static bool yield_begins_by(const void *ctx, int i)
{
    const GenQuery *q = ctx;
    return q->g->yields.items[i]->begin <= q->off;
}

/* The first of the generator's yields (sorted) that begins after off, or NULL. */
Yield *yield_after(const Gen *g, size_t off)
{
    GenQuery q = { g, off };
    int lo = lower_bound(g->yields.len, yield_begins_by, &q);
    return lo < g->yields.len ? g->yields.items[lo] : NULL;
}

void check_vlas_and_allocas(Finder *f)
{
    Gen *g = f->g;
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (!v->is_vla)
            continue;
        /* (from its declarator's end: a yield in its size runs before it lives) */
        Yield *y = yield_after(g, v->decl_end > v->name_off ? v->decl_end - 1 : v->name_off);
        if (y && y->begin < v->scope_end) {
            error_at(&f->t->diag, y->begin, "'yield' while '%s', a variable-length array (or a pointer to one), is "
                               "alive: its size is not known to the generator's frame", v->name);
            note_at(&f->t->diag, v->name_off, "'%s' is declared here", v->name);
        }
    }
    for (int i = 0; i < f->literals.len; i++) {
        Literal *l = f->literals.items[i].lit;
        Yield *y = yield_after(g, l->begin);
        /* a yield whose operand holds it hands the pointer out: the caller
           uses it while the generator is suspended */
        for (int k = 0; k < g->yields.len && g->yields.items[k]->begin < l->begin; k++) {
            Yield *w = g->yields.items[k];
            if (l->end <= w->end)
                y = w;      /* the innermost such yield suspends first */
        }
        if (y && y->begin < f->literals.items[i].block_end) {
            if (!l->type) {
                error_at(&f->t->diag, y->begin, "'yield' while a pointer into a compound literal of a type declared in "
                                   "the generator may be in use: declare the type at file scope");
                note_at(&f->t->diag, l->begin, "the compound literal is here");
            } else {
                vec_push(&g->literals, l);
            }
        }
    }
    for (int i = 0; i < f->allocas.len && g->yields.len; i++) {
        size_t at = f->allocas.items[i];
        Yield *y = yield_after(g, at);
        if (!y)
            y = g->yields.items[g->yields.len - 1];
        error_at(&f->t->diag, y->begin, "'yield' in a generator that uses alloca: memory from alloca does not "
                                "survive a yield");
        note_at(&f->t->diag, at, "alloca is called here");
    }
}

/* break, continue, goto and return: where each goes. */
void find_jump(Finder *f, CXCursor c, Node *n)
{
    Jump *j = yc_alloc(sizeof *j);
    j->kind = n->kind == CXCursor_BreakStmt ? J_BREAK : n->kind == CXCursor_ContinueStmt ? J_CONTINUE
            : n->kind == CXCursor_ReturnStmt ? J_RETURN : J_GOTO;
    j->begin = nbegin(f, n);
    j->end = after_semicolon(f, nend(f, n));
    j->from_macro = from_macro(f, clang_getCursorLocation(c), jump_word(j->kind));
    j->named_by_macro = !j->from_macro && macro_invoked_at(f->t, j->begin);
    for (int i = f->depth - 2; i >= 0 && (j->kind == J_BREAK || j->kind == J_CONTINUE); i--) {
        enum CXCursorKind k = f->stack[i].kind;
        if (k == CXCursor_WhileStmt || k == CXCursor_DoStmt || k == CXCursor_ForStmt ||
            (k == CXCursor_SwitchStmt && j->kind == J_BREAK)) {
            j->target = nbegin(f, &f->stack[i]);
            break;
        }
    }
    if (j->kind == J_GOTO) {
        size_t b, e;
        extent_of(f, clang_getCursorReferenced(child0(c)), &b, &e);
        j->target = b;
    }
    if (j->kind == J_RETURN) {
        CXCursor value = child0(c);
        if (!clang_Cursor_isNull(value))
            extent_of(f, value, &j->value_begin, &j->value_end);
    }
    vec_push(&f->g->jumps, j);
}

static int cmp_node(const void *a, const void *b)
{
    const XNode *x = *(XNode *const *)a, *y = *(XNode *const *)b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

static int part_of(const XNode *parent, size_t off)
{
    for (int p = parent->nparts - 1; p > 0; p--)
        if (off >= parent->parts[p].begin)
            return p;
    return 0;
}

/* Nests a statement's yields and lazy operators into a tree; s->top keeps
   the outermost ones, in source order. */
void build_tree(Stmt *s)
{
    XNodeVec all = { 0 };
    for (int i = 0; i < s->top.len; i++)
        vec_push(&all, s->top.items[i]);
    for (int i = 0; i < s->yields.len; i++)
        vec_push(&all, s->yields.items[i]);
    vec_sort(&all, cmp_node);
    XNode **stack = yc_alloc(((size_t)all.len + 1) * sizeof *stack);    /* as deep as the nodes nest */
    int sp = 0;
    s->top.len = 0;
    for (int i = 0; i < all.len; i++) {
        XNode *x = all.items[i];
        while (sp > 0 && !(stack[sp - 1]->begin <= x->begin && x->end <= stack[sp - 1]->end))
            sp--;
        if (sp > 0) {
            x->parent = stack[sp - 1];
            x->part = part_of(x->parent, x->begin);
            vec_push(&x->parent->kids, x);
        } else {
            vec_push(&s->top, x);
        }
        stack[sp++] = x;
    }
}

/* ---- what the later stages need to know of the text ---- */

/* The declaration specifiers of declaration s: up to its first
   declarator (`*`, `(` and pointer qualifiers belong to the declarator). */
static size_t specifiers_end(Finder *f, const Stmt *s)
{
    Tool *t = f->t;
    Lexed *lx = &t->lx;
    int i = tok_at_or_after(lx, s->decls.items[0]->name_off);
    while (i > 0 && lx->toks[i - 1].begin >= s->begin) {
        Tok *p = &lx->toks[i - 1];
        bool qual = tok_is(t, p, "const") || tok_is(t, p, "volatile") || tok_is(t, p, "restrict");
        if (!(tok_is(t, p, "*") || tok_is(t, p, "(") || (qual && i > 1 && tok_is(t, &lx->toks[i - 2], "*"))))
            break;
        i--;
    }
    return lx->toks[i].begin;
}

/* Is s just `(node);`?  Then its work is all done before it, and its
   value alone would be a statement with no effect.  Returns the node. */
static XNode *value_only(Finder *f, const Stmt *s)
{
    if (s->is_decl || s->top.len != 1)
        return NULL;
    XNode *x = s->top.items[0];
    for (size_t i = s->begin; i < s->end; i++) {
        char c = f->t->src.text[i];
        if (i == x->begin)
            i = x->end - 1;
        else if (!strchr("(); \t\n", c))
            return NULL;
    }
    return x;
}

/* Only spaces, tabs and newlines in [b, e)? */
static bool blank(Finder *f, Span sp)
{
    for (size_t b = sp.begin; b < sp.end; b++)
        if (f->t->src.text[b] != ' ' && f->t->src.text[b] != '\t' && f->t->src.text[b] != '\n')
            return false;
    return true;
}


/* What plan and emit would otherwise read off the text of the statements. */
void note_stmt_facts(Finder *f)
{
    Gen *g = f->g;
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        if (s->is_decl && s->decls.len)
            s->spec_end = specifiers_end(f, s);
        s->only_value = value_only(f, s);
        s->cond_blank = blank(f, s->cond);
        s->inc_blank = blank(f, s->inc);
    }
}

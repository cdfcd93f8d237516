/*
** find_var.c -- find: the parameters and locals of a generator (type,
** scope, storage class, cleanup, alignment, whether the address is taken,
** whether it is written) and every use of them.
*/
#include "find.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct CursorMatch {
    const Finder *f;
    CXCursor c;
} CursorMatch;

static bool same_cursor(const void *val, const void *ctx)
{
    const CursorMatch *m = ctx;
    return clang_equalCursors(m->f->var_cursors.items[((const Var *)val)->index], m->c);
}

/* The variable declared by decl (as clang_equalCursors tells;
   clang_hashCursor agrees with it). */
Var *var_of(Finder *f, CXCursor decl)
{
    CursorMatch m = { f, decl };
    return map_get(&f->vars_by_cursor, clang_hashCursor(decl), same_cursor, &m);
}

/* A VLA, or a pointer to one: its size is known only at run time. */
static bool variably_modified(CXType t)
{
    for (int depth = 0; depth < 16; depth++) {
        if (clang_getCanonicalType(t).kind == CXType_VariableArray)
            return true;
        CXType inner = clang_getPointeeType(t);
        if (inner.kind == CXType_Invalid)
            inner = clang_getArrayElementType(t);
        if (inner.kind == CXType_Invalid)
            return false;
        t = inner;
    }
    return false;
}

/* Refuses a variable whose type is declared inside the generator: the
   frame, at file scope, could not name it. */
static void check_type_visible(Var *v, CXType t)
{
    for (;;) {
        CXType inner = clang_getPointeeType(t);
        if (inner.kind == CXType_Invalid)
            inner = clang_getArrayElementType(t);
        if (inner.kind == CXType_Invalid)
            break;
        t = inner;
    }
    CXCursor decl = clang_getTypeDeclaration(t);
    if (clang_Cursor_isNull(decl) || decl.kind == CXCursor_NoDeclFound)
        return;
    CXCursor parent = clang_getCursorSemanticParent(decl);
    if (parent.kind == CXCursor_FunctionDecl)
        v->local_type = true;
}

static Var *add_var(Finder *f, CXCursor c, bool is_param)
{
    Var *v = yc_alloc(sizeof *v);
    v->name = cx_take(clang_getCursorSpelling(c));
    CXType type = clang_getCursorType(c);
    v->is_param = is_param;
    v->is_const = clang_isConstQualifiedType(type);
    v->type = cx_take(clang_getTypeSpelling(type));
    if (v->is_const || is_array_type(type))
        v->type = unconst_type(v->type);
    v->is_volatile = clang_isVolatileQualifiedType(type);
    v->is_bool = clang_getCanonicalType(type).kind == CXType_Bool;
    v->is_array = is_array_type(type);
    v->is_vla = variably_modified(type);
    if (is_param && (v->is_array || type.kind == CXType_FunctionProto || type.kind == CXType_FunctionNoProto)) {
        /* adjusted to a pointer, as C does for parameters */
        CXType elem = v->is_array ? clang_getArrayElementType(type) : type;
        v->type = yc_format("__typeof__(%s) *", cx_take(clang_getTypeSpelling(elem)));
        v->is_array = v->is_vla = false;
    }
    enum CX_StorageClass sc = clang_Cursor_getStorageClass(c);
    v->is_static = sc == CX_SC_Static || sc == CX_SC_Extern;
    CXCursor init = clang_Cursor_getVarDeclInitializer(c);
    v->has_init = !clang_Cursor_isNull(init);
    if (v->has_init) {
        extent_of(f, init, &v->init_begin, &v->init_end);
        v->init_is_list = init.kind == CXCursor_InitListExpr || v->is_array;
    }
    if (!spelled_at(f, clang_getCursorLocation(c), &v->name_off))
        v->name_off = expanded_at(f, clang_getCursorLocation(c));
    size_t b;
    extent_of(f, c, &b, &v->decl_end);
    check_type_visible(v, type);
    CXType held = clang_getCanonicalType(type);
    while (held.kind == CXType_ConstantArray)
        held = clang_getCanonicalType(clang_getArrayElementType(held));
    if (held.kind == CXType_Record || held.kind == CXType_Enum) {
        size_t at;
        if (spelled_at(f, clang_getCursorLocation(clang_getTypeDeclaration(held)), &at))
            v->type_decl = at;
    }
    if (has_const_member(type))
        v->local_type = true;   /* kept as bytes: a const member would make the frame unassignable */
    if (v->local_type) {
        v->size = clang_Type_getSizeOf(type);
        v->align = clang_Type_getAlignOf(type);
    }
    int n = f->g->vars.len;
    v->index = n;
    vec_push(&f->g->vars, v);
    f->var_cursors.len = n;
    vec_push(&f->var_cursors, c);
    map_put(&f->vars_by_cursor, clang_hashCursor(c), v);
    return v;
}

/* ---- locals ---- */

static void scope_of(Finder *f, Var *v)
{
    for (int i = f->depth - 1; i >= 0; i--) {
        Node *n = &f->stack[i];
        if (n->kind == CXCursor_CompoundStmt || n->kind == CXCursor_ForStmt) {
            v->scope_begin = nbegin(f, n);
            v->scope_end = nend(f, n);
            v->in_for_init = n->kind == CXCursor_ForStmt;
            return;
        }
    }
}

/* `__attribute__((cleanup(fn)))` among the declaration's tokens: where it
   is, and fn.  Only that exact form can be taken off the declaration. */
static void find_cleanup(Finder *f, Var *v)
{
    Lexed *lx = &f->t->lx;
    for (int i = tok_at_or_after(lx, v->stmt_begin); i < lx->ntoks && lx->toks[i].begin < v->decl_end; i++) {
        if (!tok_is(f->t, &lx->toks[i], "cleanup"))
            continue;
        v->has_cleanup = true;
        static const char *const shape[] = { "__attribute__", "(", "(", "cleanup", "(", NULL, ")", ")", ")" };
        bool ok = i >= 3;
        for (int k = 0; ok && k < 9; k++)
            ok = i - 3 + k < lx->ntoks && (!shape[k] || tok_is(f->t, &lx->toks[i - 3 + k], shape[k]));
        v->attr_begin = ok ? lx->toks[i - 3].begin : (size_t)-1;
        v->attr_end = ok ? lx->toks[i + 5].end : 0;
        if (ok)
            v->cleanup_fn = yc_strndup(f->t->src.text + lx->toks[i + 2].begin,
                                       lx->toks[i + 2].end - lx->toks[i + 2].begin);
        return;
    }
}

/* `_Alignas(N)`, `alignas(N)` or `__attribute__((aligned...))` in the
   declaration: its frame field must be aligned alike. */
static void find_alignment(Finder *f, Var *v)
{
    Lexed *lx = &f->t->lx;
    for (int i = tok_at_or_after(lx, v->stmt_begin); i + 1 < lx->ntoks && lx->toks[i].begin < v->decl_end; i++) {
        Tok *tk = &lx->toks[i];
        bool spec = tok_is(f->t, tk, "_Alignas") || tok_is(f->t, tk, "alignas");
        bool attr = tok_is(f->t, tk, "__attribute__");
        if (!spec && !attr)
            continue;
        int depth = 0, k = i + 1;
        bool aligned = spec;
        for (; k < lx->ntoks; k++) {
            if (tok_is(f->t, &lx->toks[k], "("))
                depth++;
            else if (tok_is(f->t, &lx->toks[k], ")") && --depth == 0)
                break;
            else if (tok_is(f->t, &lx->toks[k], "aligned") || tok_is(f->t, &lx->toks[k], "__aligned__"))
                aligned = true;
        }
        if (aligned && k < lx->ntoks) {
            v->align_spec = yc_strndup(f->t->src.text + tk->begin, lx->toks[k].end - tk->begin);
            return;
        }
    }
}

void find_local(Finder *f, CXCursor c)
{
    Var *v = add_var(f, c, false);
    scope_of(f, v);
    Node *parent = &f->stack[f->depth - 2];     /* [depth - 1] is the VarDecl */
    if (parent->kind == CXCursor_DeclStmt) {
        v->stmt_begin = nbegin(f, parent);
        v->stmt_end = after_semicolon(f, nend(f, parent));
        v->shares_stmt = count_children(parent->c) > 1;
    } else {
        v->stmt_begin = v->name_off;
        v->stmt_end = v->decl_end;
    }
    find_cleanup(f, v);
    find_alignment(f, v);
}

/* ---- uses ---- */

/* `&x`, `&x.member`: x's address escapes, so x must live in the frame. */
void note_address_of(Finder *f, CXCursor c)
{
    CXType t = clang_getCursorType(c);
    if (t.kind != CXType_Pointer)
        return;
    CXCursor op = strip(child0(c));
    CXType pointee = clang_getCanonicalType(clang_getPointeeType(t));
    if (!clang_equalTypes(pointee, clang_getCanonicalType(clang_getCursorType(op))))
        return;
    while (op.kind == CXCursor_MemberRefExpr || op.kind == CXCursor_ArraySubscriptExpr) {
        CXCursor base = strip(child0(op));
        if (clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer)
            return;
        op = base;
    }
    if (op.kind == CXCursor_DeclRefExpr) {
        Var *v = var_of(f, clang_getCursorReferenced(op));
        if (v)
            v->addr_taken = true;
    }
}

/* `v = ...`, `v += ...`, `++v`, `v--`: v is written.  n is the operator,
   `operand` its first child, which names v (through parentheses,
   implicit conversions and `.member`), and `stripped` that operand without
   its parentheses and conversions. */
static void note_write(Finder *f, Node *n, Node *operand, CXCursor stripped, Var *v)
{
    CXSourceRange r = clang_getCursorExtent(n->c);
    unsigned a, b;
    clang_getExpansionLocation(clang_getRangeStart(r), NULL, NULL, NULL, &a);
    clang_getFileLocation(clang_getRangeStart(r), NULL, NULL, NULL, &b);
    if (a != b || from_macro(f, clang_getCursorLocation(stripped), v->name)) {
        v->written = true;  /* its tokens are a macro's: assume the worst */
        return;
    }
    if (n->kind == CXCursor_CompoundAssignOperator ||
        (n->kind == CXCursor_BinaryOperator &&
         tok_is(f->t, &f->t->lx.toks[tok_at_or_after(&f->t->lx, nend(f, operand))], "="))) {
        v->written = true;
        return;
    }
    if (n->kind == CXCursor_UnaryOperator) {
        const Tok *first = &f->t->lx.toks[tok_at_or_after(&f->t->lx, nbegin(f, n))];
        const Tok *last = &f->t->lx.toks[tok_at_or_after(&f->t->lx, nend(f, n)) - 1];
        if (tok_is(f->t, first, "++") || tok_is(f->t, first, "--") || tok_is(f->t, last, "++") ||
            tok_is(f->t, last, "--"))
            v->written = true;
    }
}

/* The name at the top of the stack refers to v.  Is it the variable that
   an assignment, compound assignment, ++ or -- modifies: the operand of
   one, as `v` or `v.member` (not `p->member`), through parentheses and
   implicit conversions?  Asked at the name, where the operand's chain is
   on the stack, rather than at the operator, where finding it would take
   a visit of libclang per link. */
void note_write_at_ref(Finder *f, Var *v)
{
    if (!v || v->written)
        return;
    int k = f->depth - 1;           /* the name */
    int stripped = k;               /* the operand without parentheses and conversions */
    for (;;) {
        while (k > 0 && f->stack[k].child == 0 &&
               (f->stack[k - 1].kind == CXCursor_ParenExpr || f->stack[k - 1].kind == CXCursor_UnexposedExpr))
            k--;
        if (k > 0 && f->stack[k].child == 0 && f->stack[k - 1].kind == CXCursor_MemberRefExpr) {
            if (clang_getCanonicalType(clang_getCursorType(f->stack[stripped].c)).kind == CXType_Pointer)
                return;     /* p->member: not in a local */
            stripped = --k;
            continue;
        }
        break;
    }
    if (k == 0 || f->stack[k].child != 0)
        return;
    Node *n = &f->stack[k - 1];
    if (n->kind == CXCursor_UnaryOperator || n->kind == CXCursor_BinaryOperator ||
        n->kind == CXCursor_CompoundAssignOperator)
        note_write(f, n, &f->stack[k], f->stack[stripped].c, v);
}

/* `s.arr` decays to a pointer into s (unless only subscripted, which
   keeps it inside the expression): s must keep one address. */
void note_array_member(Finder *f, CXCursor c)
{
    int p = f->depth - 2;
    while (p > 0 && (f->stack[p].kind == CXCursor_UnexposedExpr || f->stack[p].kind == CXCursor_ParenExpr))
        p--;
    if (f->stack[p].kind == CXCursor_ArraySubscriptExpr && f->stack[p + 1].child == 0)
        return;
    if (f->stack[p].kind == CXCursor_UnaryExpr)     /* sizeof */
        return;
    CXCursor base = c;
    while (base.kind == CXCursor_MemberRefExpr) {
        base = strip(child0(base));
        if (clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer)
            return;     /* p->arr: the array is not in a local */
    }
    if (base.kind == CXCursor_DeclRefExpr) {
        Var *v = var_of(f, clang_getCursorReferenced(base));
        if (v)
            v->addr_taken = true;
    }
}

Var *find_ref(Finder *f, CXCursor c)
{
    Var *v = var_of(f, clang_getCursorReferenced(c));
    if (!v)
        return NULL;
    Ref *r = yc_alloc(sizeof *r);
    r->var = v;
    r->len = strlen(v->name);
    r->at = expanded_at(f, clang_getCursorLocation(c));
    /* an array decays to a pointer unless subscripted or measured */
    int p = f->depth - 2;
    while (p > 0 && (f->stack[p].kind == CXCursor_UnexposedExpr || f->stack[p].kind == CXCursor_ParenExpr))
        p--;
    if (!(f->stack[p].kind == CXCursor_ArraySubscriptExpr && f->stack[p + 1].child == 0) &&
        f->stack[p].kind != CXCursor_UnaryExpr)
        v->decays = true;
    if (!spelled_at(f, clang_getCursorLocation(c), &r->off) || !text_at(f, r->off, v->name)) {
        v->in_macro_body = true;
        r->off = (size_t)-1;    /* inside a macro's body: cannot be rewritten */
    }
    if (r->off != (size_t)-1) {
        if (map_get(&f->ref_offs, r->off, NULL, NULL))
            return v;   /* a macro argument expanded twice */
        map_put(&f->ref_offs, r->off, r);
    }
    vec_push(&f->g->refs, r);
    return v;
}

void find_params(Finder *f, CXCursor fn)
{
    int n = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n; i++) {
        CXCursor p = clang_Cursor_getArgument(fn, (unsigned)i);
        char *name = cx_take(clang_getCursorSpelling(p));
        if (!*name)
            continue;
        Var *v = add_var(f, p, true);
        v->scope_begin = f->g->def->body_begin;
        v->scope_end = f->g->def->body_end;
        vec_push(&f->g->params, v);
    }
}

/* ---- what the later stages need to know of the tokens ---- */

/* Does the block closed at `brace` end with a jump statement of its own
   (not one under an `if`, `else` or loop, which may not be taken)?  Then
   its end is never reached (and code there would look like a
   fall-through). */
static bool ends_in_jump(Finder *f, size_t brace)
{
    Tool *t = f->t;
    int i = tok_at_or_after(&t->lx, brace);
    if (i == 0)
        return false;
    size_t last = t->lx.toks[i - 1].end;
    for (int k = 0; k < f->g->jumps.len; k++) {
        Jump *j = f->g->jumps.items[k];
        if (j->end != last)
            continue;
        int first = tok_at_or_after(&t->lx, j->begin);
        if (first == 0)
            return false;
        const Tok *before = &t->lx.toks[first - 1];
        return tok_is(t, before, ";") || tok_is(t, before, "}") || tok_is(t, before, "{") || tok_is(t, before, ":");
    }
    return false;
}

/* Is the statement at `at` in a switch's body before its first label?
   Never executed: an initializer there is unreachable code. */
static bool before_first_case(Finder *f, size_t at)
{
    Tool *t = f->t;
    Lexed *lx = &t->lx;
    int i = tok_at_or_after(lx, at) - 1;
    for (int depth = 0; i >= 0; i--) {
        const Tok *tk = &lx->toks[i];
        if (tok_is(t, tk, "}"))
            depth++;
        else if (tok_is(t, tk, "{") && depth-- == 0)
            break;
        else if (depth == 0 && (tok_is(t, tk, "case") || tok_is(t, tk, "default")))
            return false;
    }
    if (i < 1 || !tok_is(t, &lx->toks[i - 1], ")"))
        return false;
    int k = i - 1;
    for (int depth = 0; k >= 0; k--) {
        if (tok_is(t, &lx->toks[k], ")"))
            depth++;
        else if (tok_is(t, &lx->toks[k], "(") && --depth == 0)
            break;
    }
    return k >= 1 && tok_is(t, &lx->toks[k - 1], "switch");
}


/* What plan and emit would otherwise read off the tokens around the locals. */
void note_var_facts(Finder *f)
{
    Gen *g = f->g;
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (v->is_param)
            continue;
        if (v->shares_stmt)
            v->next_declarator = f->t->lx.toks[tok_at_or_after(&f->t->lx, v->decl_end)].end;
        /* (only a copied variable without an initializer needs to know) */
        if (!v->has_init && !v->is_array && !v->local_type && !v->is_static)
            v->before_first_case = before_first_case(f, v->stmt_begin);
        if (v->has_cleanup)
            v->block_ends_in_jump = ends_in_jump(f, v->scope_end - 1);
    }
}

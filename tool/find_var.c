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

/* A variable whose type the frame, at file scope, cannot name: declared
   in the generator's body, or spelled through typeof (whose operand may
   be a local).  It is kept in the frame as bytes. */
static void check_type_visible(Finder *f, Var *v, CXType t)
{
    if (strstr(v->type, "typeof") || names_body_type(f, t, 0))
        v->local_type = true;
}

static Var *add_var(Finder *f, CXCursor c, bool is_param)
{
    Var *v = yc_alloc(sizeof *v);
    v->name = cx_take(clang_getCursorSpelling(c));
    CXType type = clang_getCursorType(c);
    v->is_param = is_param;
    v->is_const = clang_isConstQualifiedType(type);
    v->type = cx_type(type);
    if (v->is_const || is_array_type(type))
        v->type = unconst_type(v->type);
    v->is_volatile = clang_isVolatileQualifiedType(clang_getCanonicalType(type));  /* (through a typedef too) */
    v->is_bool = clang_getCanonicalType(type).kind == CXType_Bool;
    v->is_array = is_array_type(type);
    v->is_vla = variably_modified(type);
    if (is_param && (v->is_array || type.kind == CXType_FunctionProto || type.kind == CXType_FunctionNoProto)) {
        /* adjusted to a pointer, as C does for parameters */
        CXType elem = v->is_array ? clang_getArrayElementType(type) : type;
        v->type = yc_format("__typeof__(%s) *", cx_type(elem));
        v->is_array = false;
        v->is_vla = v->is_vla && variably_modified(elem);  /* `int m[][n]`: a pointer to a VLA */
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
    if (!is_param)  /* a parameter's type is declared before the body; its spelling may be ours */
        check_type_visible(f, v, type);
    v->type_in_input = input_type_decl(f, type, is_param && is_array_type(type), 0);
    CXType held = clang_getCanonicalType(type);
    while (held.kind == CXType_ConstantArray)
        held = clang_getCanonicalType(clang_getArrayElementType(held));
    if (held.kind == CXType_Record || held.kind == CXType_Enum) {
        size_t at;
        if (spelled_at(f, clang_getCursorLocation(clang_getTypeDeclaration(held)), &at))
            v->type_decl = at;
        v->frame_of = frame_type_name(held);
    }
    if (has_const_member(type))
        v->local_type = v->unassignable = true;   /* kept as bytes: a const member would make the frame unassignable */
    if (const_in_typedef(type)) {
        /* const as much as `const int`, in a typedef: in the frame; a
           local as bytes too, since no text of its type is without the
           const (a parameter's field is initialized, never assigned) */
        v->is_const = true;
        if (!is_param)
            v->local_type = v->unassignable = true;
    }
    v->size = clang_Type_getSizeOf(type);     /* negative for a VLA or an incomplete type */
    v->align = clang_Type_getAlignOf(type);
    int n = f->g->vars.len;
    v->index = n;
    vec_push(&f->g->vars, v);
    f->var_cursors.len = n;
    vec_push(&f->var_cursors, c);
    map_put(&f->vars_by_cursor, clang_hashCursor(c), v);
    if (!clang_Cursor_isNull(f->next_counter) && clang_equalCursors(c, f->next_counter)) {
        v->track_writes = true;     /* a counted loop's, declared in its first clause (find_loop.c) */
        f->next_counter = clang_getNullCursor();
    }
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
            if (v->in_for_init) {   /* the loop's end, the `;` of a body without braces included */
                v->scope_end = stmt_end(f, n->c);
                v->for_in_macro = !text_at(f, v->scope_begin, "for");
            }
            return;
        }
    }
}

/* An enum constant, a typedef or a function declared in the body: it
   hides a variable of its name in the rest of its block (plan_shadowed:
   such a variable, visible at a yield there, lives in the frame, as one
   hidden by an inner variable does: the output would copy it by a name
   that is the other's there). */
void note_hider(Finder *f, CXCursor c)
{
    for (int i = f->depth - 2; i >= 0; i--) {
        Node *n = &f->stack[i];
        if (n->kind == CXCursor_CompoundStmt || n->kind == CXCursor_ForStmt) {
            Hider h = { cx_take(clang_getCursorSpelling(c)), expanded_at(f, clang_getCursorLocation(c)),
                        n->kind == CXCursor_ForStmt ? stmt_end(f, n->c) : nend(f, n) };
            if (*h.name)
                vec_push(&f->g->hiders, h);
            return;
        }
    }
}

/* ---- attributes of locals, as clang saw them ---- */

static bool tok_text_is(Finder *f, int i, const char *s)
{
    return i >= 0 && i < f->t->lx.ntoks && tok_is(f->t, &f->t->lx.toks[i], s);
}

/* The token that closes the `(` at token i, or -1. */
static int close_paren(Finder *f, int i)
{
    if (!tok_text_is(f, i, "("))
        return -1;
    for (int depth = 0; i < f->t->lx.ntoks; i++) {
        if (tok_text_is(f, i, "("))
            depth++;
        else if (tok_text_is(f, i, ")") && --depth == 0)
            return i;
    }
    return -1;
}

/* The attribute written at token i (its name, after any `gnu ::`): the
   index of its name, or -1 if it is not written there. */
static int attribute_name(Finder *f, int i)
{
    /* the lexer reads C17, where `::` is two tokens */
    if (tok_text_is(f, i, "gnu") || tok_text_is(f, i, "__gnu__")) {
        if (tok_text_is(f, i + 1, "::"))
            i += 2;
        else if (tok_text_is(f, i + 1, ":") && tok_text_is(f, i + 2, ":"))
            i += 3;
    }
    return i < f->t->lx.ntoks && f->t->lx.toks[i].kind != TK_PUNCT ? i : -1;
}

/* What to erase to take the attribute at tokens [first, last] off its
   declaration: the whole `__attribute__((...))` or `[[...]]` if it is
   alone there, else the attribute and a comma beside it. */
static void erase_range(Finder *f, Var *v, int first, int last)
{
    const Tok *toks = f->t->lx.toks;
    if (tok_text_is(f, first - 1, "(") && tok_text_is(f, first - 2, "(") &&
        (tok_text_is(f, first - 3, "__attribute__") || tok_text_is(f, first - 3, "__attribute")) &&
        tok_text_is(f, last + 1, ")") && tok_text_is(f, last + 2, ")")) {
        v->attr_begin = toks[first - 3].begin;
        v->attr_end = toks[last + 2].end;
    } else if (tok_text_is(f, first - 1, "[") && tok_text_is(f, first - 2, "[") && tok_text_is(f, last + 1, "]") &&
               tok_text_is(f, last + 2, "]")) {
        v->attr_begin = toks[first - 2].begin;
        v->attr_end = toks[last + 2].end;
    } else if (tok_text_is(f, last + 1, ",")) {
        v->attr_begin = toks[first].begin;
        v->attr_end = toks[last + 1].end;
    } else if (tok_text_is(f, first - 1, ",")) {
        v->attr_begin = toks[first - 1].begin;
        v->attr_end = toks[last].end;
    } else {
        v->attr_begin = (size_t)-1;     /* refused by plan if it must come off */
    }
}

/* `cleanup(fn)` or `__cleanup__(fn)`, the attribute at tokens from i. */
static void note_cleanup(Finder *f, Var *v, int i)
{
    int name = attribute_name(f, i);
    if (name < 0 || !(tok_text_is(f, name, "cleanup") || tok_text_is(f, name, "__cleanup__")))
        return;
    int close = close_paren(f, name + 1);
    if (close < 0 || close < name + 3)
        return;
    const Tok *toks = f->t->lx.toks;
    v->has_cleanup = true;
    v->cleanup_fn = yc_strndup(f->t->src.text + toks[name + 2].begin, toks[close - 1].end - toks[name + 2].begin);
    erase_range(f, v, i, close);
}

/* `aligned(N)`, `_Alignas(N)`, `alignas(N)`: the field in the frame is
   aligned alike. */
static void note_aligned(Finder *f, Var *v, int i)
{
    int name = attribute_name(f, i);
    if (name < 0)
        return;
    const Tok *toks = f->t->lx.toks;
    int close = close_paren(f, name + 1);
    size_t end = close >= 0 ? toks[close].end : toks[name].end;
    char *text = yc_strndup(f->t->src.text + toks[name].begin, end - toks[name].begin);
    char *spec = tok_text_is(f, name, "_Alignas") || tok_text_is(f, name, "alignas")
                     ? text : yc_format("__attribute__((%s))", text);
    v->align_spec = v->align_spec ? yc_format("%s %s", v->align_spec, spec) : spec;
}

typedef struct AttrVisit {
    Finder *f;
    Var *v;
} AttrVisit;

/* Each attribute of a local, as clang applied it.  One that a macro
   spells is read once the macro is expanded in place. */
static enum CXChildVisitResult visit_attribute(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    AttrVisit *av = data;
    if (!clang_isAttribute(c.kind))
        return CXChildVisit_Continue;
    size_t b, e;
    extent_of(av->f, c, &b, &e);
    if (request_expansion(av->f->t, b))
        return CXChildVisit_Continue;
    int i = tok_at_or_after(&av->f->t->lx, b);
    if (c.kind == CXCursor_AlignedAttr)
        note_aligned(av->f, av->v, i);
    else
        note_cleanup(av->f, av->v, i);
    return CXChildVisit_Continue;
}

/* A parameter, local or label of a generator named as one of the
   generated body's own names would be taken for it (README: names
   beginning with yc_ in generators). */
void check_reserved_name(Finder *f, const char *name, size_t at, bool is_label)
{
    static const char *const vars[] = { "yc_f", "yc_from", "yc_yielded", "yc_none", "yc_ret", NULL };
    bool taken = false;
    if (is_label)
        taken = !strncmp(name, "yc_resume_", 10) || !strncmp(name, "yc_continue_", 12);
    else
        taken = !strncmp(name, "yc_init_", 8);
    for (int i = 0; !is_label && vars[i]; i++)
        taken |= !strcmp(name, vars[i]);
    if (taken)
        error_at(&f->t->diag, at, "'%s' is a name of yieldc's own in the code it generates for a generator: "
                                  "rename it (names beginning with 'yc_' are best left to yieldc)", name);
}

void find_local(Finder *f, CXCursor c)
{
    Var *v = add_var(f, c, false);
    check_reserved_name(f, v->name, v->name_off, false);
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
    AttrVisit av = { f, v };
    clang_visitChildren(c, visit_attribute, &av);
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

/* `v = ...`, `v += ...`, `++v`, `v--`: v is written (at `at`, where it is
   named).  n is the operator, `operand` its first child, which names v
   (through parentheses, implicit conversions and `.member`), and
   `stripped` that operand without its parentheses and conversions. */
static void note_write(Finder *f, Node *n, Node *operand, CXCursor stripped, Var *v, size_t at)
{
    CXSourceRange r = clang_getCursorExtent(n->c);
    unsigned a, b;
    clang_getExpansionLocation(clang_getRangeStart(r), NULL, NULL, NULL, &a);
    clang_getFileLocation(clang_getRangeStart(r), NULL, NULL, NULL, &b);
    bool writes = a != b || from_macro(f, clang_getCursorLocation(stripped), v->name);  /* its tokens are a
                                                                                         macro's: assume the worst */
    if (!writes && (n->kind == CXCursor_CompoundAssignOperator ||
                    (n->kind == CXCursor_BinaryOperator &&
                     tok_is(f->t, &f->t->lx.toks[tok_at_or_after(&f->t->lx, nend(f, operand))], "="))))
        writes = true;
    if (!writes && n->kind == CXCursor_UnaryOperator) {
        const Tok *first = &f->t->lx.toks[tok_at_or_after(&f->t->lx, nbegin(f, n))];
        const Tok *last = &f->t->lx.toks[tok_at_or_after(&f->t->lx, nend(f, n)) - 1];
        writes = tok_is(f->t, first, "++") || tok_is(f->t, first, "--") || tok_is(f->t, last, "++") ||
                 tok_is(f->t, last, "--");
    }
    if (writes) {
        v->written = true;
        if (v->track_writes)
            vec_push(&v->writes, at);
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
    if (!v || (v->written && !v->track_writes))
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
        note_write(f, n, &f->stack[k], f->stack[stripped].c, v,
                   expanded_at(f, clang_getCursorLocation(f->stack[f->depth - 1].c)));
}

/* Does the array the node at f->stack[k] names (a variable, `s.arr`)
   decay to a pointer?  Not where it is subscripted to an element, or
   measured (sizeof); subscripted to a row that is an array itself
   (`a[1]` of `int a[2][3]`), the row's own use decides. */
static bool array_decays_at(const Finder *f, int k)
{
    for (;;) {
        int p = k - 1;
        while (p > 0 && (f->stack[p].kind == CXCursor_UnexposedExpr || f->stack[p].kind == CXCursor_ParenExpr))
            p--;
        if (f->stack[p].kind == CXCursor_UnaryExpr)     /* sizeof */
            return false;
        if (f->stack[p].kind != CXCursor_ArraySubscriptExpr || f->stack[p + 1].child != 0)
            return true;
        if (!is_array_type(clang_getCursorType(f->stack[p].c)))
            return false;
        k = p;
    }
}

/* `s.arr` decays to a pointer into s (unless only subscripted, which
   keeps it inside the expression): s must keep one address.  So does
   `s[1].arr` of an array of structs, and a row of `s.m[2][3]`. */
void note_array_member(Finder *f, CXCursor c)
{
    if (!array_decays_at(f, f->depth - 1))
        return;
    CXCursor base = c;
    while (base.kind == CXCursor_MemberRefExpr || base.kind == CXCursor_ArraySubscriptExpr) {
        base = strip(child0(base));
        if (clang_getCanonicalType(clang_getCursorType(base)).kind == CXType_Pointer)
            return;     /* p->arr, p[1].arr: the array is not in a local */
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
    /* an array decays to a pointer unless subscripted (to an element) or measured */
    if (array_decays_at(f, f->depth - 1))
        v->decays = true;
    if (!spelled_at(f, clang_getCursorLocation(c), &r->off) || !text_at(f, r->off, v->name)) {
        v->in_macro_body = true;
        r->off = (size_t)-1;    /* inside a macro's body: cannot be rewritten */
        CXFile file;
        clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL, NULL, NULL);
        r->elsewhere = !clang_File_isEqual(file, f->main_file);
    }
    if (r->off != (size_t)-1) {
        r->named_by_macro = macro_invoked_at(f->t, r->off);
        r->macro_called = r->named_by_macro &&
                          tok_is(f->t, &f->t->lx.toks[tok_at_or_after(&f->t->lx, r->off + r->len)], "(");
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
        check_reserved_name(f, v->name, v->name_off, false);
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


/* `_Pragma ( "..." )` ending at token i (dir -1) or beginning there (dir 1):
   how many tokens it takes, or 0.  Like a directive, it is no statement. */
static int pragma_len(const Tool *t, const Lexed *lx, int i, int dir)
{
    int first = dir > 0 ? i : i - 3;
    if (first < 0 || first + 3 >= lx->ntoks)
        return 0;
    const Tok *tk = &lx->toks[first];
    bool is = tok_is(t, &tk[0], "_Pragma") && tok_is(t, &tk[1], "(") && tk[2].kind == TK_LITERAL &&
              tok_is(t, &tk[3], ")");
    return is ? 4 : 0;
}

/* The token at i, or the nearest before it (dir -1) or after it (dir 1),
   that is code: not a directive's, not in an inactive branch, not a
   `_Pragma`'s. */
static int code_tok(const Tool *t, const Lexed *lx, int i, int dir)
{
    for (;;) {
        while (i >= 0 && i < lx->ntoks && (lx->toks[i].in_directive || lx->toks[i].inactive))
            i += dir;
        int n = i >= 0 && i < lx->ntoks ? pragma_len(t, lx, i, dir) : 0;
        if (!n)
            return i;
        i += n * dir;
    }
}

/* Is v a variable of a declaration statement of the body (not a
   parameter, not in a `for` clause)? */
static bool in_decl_stmt(const Var *v)
{
    return !v->is_param && !v->in_for_init && v->stmt_begin != v->name_off;
}

/* A declaration statement (n) of any kind, and the block it stands in. */
void find_decl_stmt(Finder *f, Node *n)
{
    Node *parent = &f->stack[f->depth - 2];
    DeclStmtSpan d = { .begin = nbegin(f, n), .end = after_semicolon(f, nend(f, n)), .block = (size_t)-1 };
    if (parent->kind == CXCursor_CompoundStmt) {
        Lexed *lx = &f->t->lx;
        size_t open = nbegin(f, parent), close = nend(f, parent);
        int i = tok_at_or_after(lx, open), j = close ? tok_at_or_after(lx, close - 1) : lx->ntoks;
        if (i < lx->ntoks && lx->toks[i].begin == open && tok_is(f->t, &lx->toks[i], "{") &&
            j < lx->ntoks && lx->toks[j].begin == close - 1 && tok_is(f->t, &lx->toks[j], "}"))
            d.block = open;     /* a block of the user's own braces */
    }
    vec_push(&f->g->decl_stmts, d);
}

static int cmp_decl_stmt(const void *a, const void *b)
{
    const DeclStmtSpan *x = a, *y = b;
    return x->begin < y->begin ? -1 : x->begin > y->begin;
}

/* C90's order in a block, declarations before statements (which
   -Wdeclaration-after-statement asks of the generated code once the user's
   code keeps it): does each declaration statement open its block or come
   after declarations only, and is the next thing in its block another?
   Every kind of declaration counts (a typedef, a tag, a _Static_assert);
   directives and `_Pragma`s between them do not. */
static void note_decl_order(Finder *f)
{
    Gen *g = f->g;
    Lexed *lx = &f->t->lx;
    vec_sort(&g->decl_stmts, cmp_decl_stmt);
    DeclStmtSpan *ds = g->decl_stmts.items;
    for (int i = 0; i < g->decl_stmts.len; i++) {
        DeclStmtSpan *d = &ds[i];
        if (d->block == (size_t)-1)
            continue;
        int b = code_tok(f->t, lx, tok_at_or_after(lx, d->begin) - 1, -1);
        if (b < 0)
            continue;
        const Tok *tk = &lx->toks[b];
        if (tk->begin == d->block) {
            d->decls_only_before = tok_is(f->t, tk, "{");
            continue;
        }
        for (int j = i - 1; j >= 0 && ds[j].begin >= d->block; j--)
            if (ds[j].end == tk->end && ds[j].block == d->block) {
                d->decls_only_before = ds[j].decls_only_before;
                ds[j].decl_follows = true;
                break;
            }
    }
    /* each variable of a declaration statement takes its statement's facts */
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        DeclStmtSpan key = { .begin = v->stmt_begin };
        DeclStmtSpan *d = !in_decl_stmt(v) || !g->decl_stmts.len ? NULL :
            bsearch(&key, ds, (size_t)g->decl_stmts.len, sizeof *ds, cmp_decl_stmt);
        if (d) {
            v->decls_only_before = d->decls_only_before;
            v->decl_follows = d->decl_follows;
        }
    }
}

/* What plan and emit would otherwise read off the tokens around the locals. */
void note_var_facts(Finder *f)
{
    note_decl_order(f);
    Gen *g = f->g;
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (v->is_param)
            continue;
        if (v->shares_stmt)
            v->next_declarator = f->t->lx.toks[tok_at_or_after(&f->t->lx, v->decl_end)].end;
        /* (only a copied variable without an initializer needs to know) */
        if (!v->has_init && !v->is_array && !v->is_static)
            v->before_first_case = before_first_case(f, v->stmt_begin);
        if (v->has_cleanup)
            v->block_ends_in_jump = ends_in_jump(f, v->scope_end - 1);
    }
}

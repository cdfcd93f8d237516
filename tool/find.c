/*
** find.c -- the third stage: read each generator off clang's AST, and
** record what the later stages need to know of the source (facts, not
** decisions).  This file walks the generators: one visit of each body,
** whose nodes go to find_var.c (parameters, locals, their uses) and
** find_yield.c (yields, the statements they belong to, the operators
** around them, jumps, compound literals); and it checks the types of
** each generator's API, and asks for the macros that hide what the
** lowering must see as text to be expanded (request_expansions).
** Everything is copied into the structs of yc.h: no later stage talks to
** libclang.
*/
#include "find.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- positions in INPUT ---- */

/* Where INPUT's text has the token at loc: a macro argument's own text;
   for a token from a macro's body, libclang gives only the invocation (its
   "spelling" location is the invocation too).  False outside INPUT. */
bool spelled_at(Finder *f, CXSourceLocation loc, size_t *off)
{
    CXFile file;
    unsigned o;
    clang_getFileLocation(loc, &file, NULL, NULL, &o);
    if (!file || !clang_File_isEqual(file, f->main_file))
        return false;
    *off = view_to_source(&f->t->lx, o);
    return true;
}

/* Is the token at INPUT offset `off` spelled `text`? */
bool text_at(Finder *f, size_t off, const char *text)
{
    const Tok *tk = &f->t->lx.toks[tok_at_or_after(&f->t->lx, off)];
    return tk->begin == off && !tk->in_directive && tok_is(f->t, tk, text);
}

size_t expanded_at(Finder *f, CXSourceLocation loc)
{
    unsigned o;
    clang_getExpansionLocation(loc, NULL, NULL, NULL, &o);
    return view_to_source(&f->t->lx, o);
}

/* Does the token at loc, which should read `text`, come from a macro
   (its argument, or its body)? */
bool from_macro(Finder *f, CXSourceLocation loc, const char *text)
{
    unsigned a, b;
    CXFile fa, fb;
    clang_getExpansionLocation(loc, &fa, NULL, NULL, &a);
    clang_getFileLocation(loc, &fb, NULL, NULL, &b);
    if (a != b || !fa || !fb || !clang_File_isEqual(fa, fb))
        return true;
    return !text_at(f, view_to_source(&f->t->lx, b), text);
}

/* The name of the macro invoked at INPUT offset `off`. */
char *macro_name_at(Finder *f, size_t off)
{
    const Tok *tk = &f->t->lx.toks[tok_at_or_after(&f->t->lx, off)];
    return yc_strndup(f->t->src.text + tk->begin, tk->end - tk->begin);
}

void extent_of(Finder *f, CXCursor c, size_t *begin, size_t *end)
{
    CXSourceRange r = clang_getCursorExtent(c);
    *begin = expanded_at(f, clang_getRangeStart(r));
    *end = expanded_at(f, clang_getRangeEnd(r));
}

static void node_extent(Finder *f, Node *n)
{
    if (!n->has_extent) {
        extent_of(f, n->c, &n->begin_, &n->end_);
        n->has_extent = true;
    }
}

size_t nbegin(Finder *f, Node *n)
{
    node_extent(f, n);
    return n->begin_;
}

size_t nend(Finder *f, Node *n)
{
    node_extent(f, n);
    return n->end_;
}

/* Past the `;` right after `end`, if there is one (clang's extents of
   expression, return and jump statements stop before it). */
size_t after_semicolon(Finder *f, size_t end)
{
    int i = tok_at_or_after(&f->t->lx, end);
    while (i < f->t->lx.ntoks && (f->t->lx.toks[i].in_directive || f->t->lx.toks[i].inactive))
        i++;    /* a directive, or an inactive branch, may come before it */
    Tok *tk = &f->t->lx.toks[i];
    if (tk->kind == TK_PUNCT && tok_is(f->t, tk, ";"))
        return tk->end;
    return end;
}

static enum CXChildVisitResult last_child(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    *(CXCursor *)data = c;
    return CXChildVisit_Continue;
}

/* Where statement c ends, its `;` included: a compound statement at its
   `}`, an if/while/for/switch/label at the end of its last sub-statement,
   anything else at the `;` after it. */
size_t stmt_end(Finder *f, CXCursor c)
{
    switch (clang_getCursorKind(c)) {
    case CXCursor_CompoundStmt: {
        size_t b, e;
        extent_of(f, c, &b, &e);
        return e;
    }
    case CXCursor_IfStmt:
    case CXCursor_WhileStmt:
    case CXCursor_ForStmt:
    case CXCursor_SwitchStmt:
    case CXCursor_LabelStmt:
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt: {
        CXCursor last = child_last(c);
        if (!clang_Cursor_isNull(last))
            return stmt_end(f, last);
    }
        /* fall through */
    default: {
        size_t b, e;
        extent_of(f, c, &b, &e);
        return after_semicolon(f, e);
    }
    }
}

/* ---- children and types ---- */

static enum CXChildVisitResult count_one(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)c;
    (void)parent;
    (*(int *)data)++;
    return CXChildVisit_Continue;
}

int count_children(CXCursor c)
{
    int n = 0;
    clang_visitChildren(c, count_one, &n);
    return n;
}

static enum CXChildVisitResult first_child(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    *(CXCursor *)data = c;
    return CXChildVisit_Break;
}

CXCursor child0(CXCursor c)
{
    CXCursor r = clang_getNullCursor();
    clang_visitChildren(c, first_child, &r);
    return r;
}

CXCursor child_last(CXCursor c)
{
    CXCursor r = clang_getNullCursor();
    clang_visitChildren(c, last_child, &r);
    return r;
}

/* Through parentheses and implicit conversions. */
CXCursor strip(CXCursor c)
{
    while (c.kind == CXCursor_ParenExpr || c.kind == CXCursor_UnexposedExpr) {
        CXCursor k = child0(c);
        if (clang_Cursor_isNull(k))
            break;
        c = k;
    }
    return c;
}

bool is_array_type(CXType t)
{
    t = clang_getCanonicalType(t);
    return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
           t.kind == CXType_VariableArray || t.kind == CXType_DependentSizedArray;
}

static bool unassignable(CXType t, int depth);

static enum CXVisitorResult const_field(CXCursor c, CXClientData data)
{
    int *depth = data;
    if (unassignable(clang_getCursorType(c), *depth + 1)) {
        *depth = -1;
        return CXVisit_Break;
    }
    return CXVisit_Continue;
}

/* t with its array dimensions taken off (canonical); *is_const if a
   level is const (libclang may keep `const long c[5]`'s qualifier on the
   array type, not on its elements). */
static CXType element_type(CXType t, bool *is_const)
{
    t = clang_getCanonicalType(t);
    *is_const = clang_isConstQualifiedType(t);
    while (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray) {
        t = clang_getCanonicalType(clang_getArrayElementType(t));
        *is_const |= clang_isConstQualifiedType(t);
    }
    return t;
}

/* A struct or union (or an array of them) with a member unassignable(). */
static bool record_unassignable(CXType t, int depth)
{
    bool is_const;
    t = element_type(t, &is_const);
    if (t.kind != CXType_Record || depth > 32)
        return false;
    clang_Type_visitFields(t, const_field, &depth);
    return depth < 0;
}

/* A const type, or an array of one, or a struct or union with such a
   member, at any depth: as a member, it makes its struct unassignable. */
static bool unassignable(CXType t, int depth)
{
    bool is_const;
    element_type(t, &is_const);
    return is_const || record_unassignable(t, depth);
}

/* A struct or union (or an array of them) with a const member, an array of
   const elements, or a member struct with one: it cannot be assigned. */
bool has_const_member(CXType t)
{
    return record_unassignable(t, 0);
}

/* const that a typedef holds (`typedef const int cint; cint c;`, an array
   of cint): no text of the type without it can be written. */
bool const_in_typedef(CXType t)
{
    for (int depth = 0; depth < 16; depth++) {
        if (t.kind == CXType_Elaborated)
            t = clang_Type_getNamedType(t);
        if (t.kind == CXType_Typedef) {
            bool is_const;
            element_type(clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t)), &is_const);
            if (is_const)
                return true;
        }
        CXType e = clang_getArrayElementType(t);
        if (e.kind == CXType_Invalid)
            return false;
        t = e;
    }
    return false;
}

/* Does type t name a declaration made inside the generator's body (a
   struct, union, enum or typedef), through pointers, arrays, typedefs,
   typeof and function types?  The frame, at file scope, could not name
   it.  Where the declaration is decides, not its semantic parent: a
   struct declared inside a local struct's members is the record's. */
bool names_body_type(Finder *f, CXType t, int depth)
{
    if (t.kind == CXType_Invalid || depth > 32)
        return false;
    CXCursor decl = clang_getTypeDeclaration(t);
    size_t at;
    if (!clang_Cursor_isNull(decl) && decl.kind != CXCursor_NoDeclFound &&
        spelled_at(f, clang_getCursorLocation(decl), &at) && at >= f->g->def->body_begin &&
        at < f->g->def->body_end)
        return true;
    switch (t.kind) {
    case CXType_Pointer:
        return names_body_type(f, clang_getPointeeType(t), depth + 1);
    case CXType_ConstantArray:
    case CXType_IncompleteArray:
    case CXType_VariableArray:
        return names_body_type(f, clang_getArrayElementType(t), depth + 1);
    case CXType_Typedef:
        return names_body_type(f, clang_getTypedefDeclUnderlyingType(decl), depth + 1);
    case CXType_Elaborated:
        return names_body_type(f, clang_Type_getNamedType(t), depth + 1);
    case CXType_FunctionProto:
        for (int i = 0; i < clang_getNumArgTypes(t); i++)
            if (names_body_type(f, clang_getArgType(t, (unsigned)i), depth + 1))
                return true;
        /* fall through */
    case CXType_FunctionNoProto:
        return names_body_type(f, clang_getResultType(t), depth + 1);
    default: {     /* typeof(expr), and other sugar: what it stands for */
        CXType canon = clang_getCanonicalType(t);
        return !clang_equalTypes(canon, t) && names_body_type(f, canon, depth + 1);
    }
    }
}

/* Where INPUT itself declares a type that type t needs to be spelled in
   another file (the header from --header): a typedef; a struct or union
   held by value (through a pointer, its tag alone declares it); an enum.
   Offset + 1 of the declaration, 0 if t needs none of INPUT's. */
size_t input_type_decl(Finder *f, CXType t, bool by_pointer, int depth)
{
    if (t.kind == CXType_Invalid || depth > 32)
        return 0;
    CXCursor decl = clang_getTypeDeclaration(t);
    /* a typedef's first declaration (C11 allows it again, the same, in
       INPUT after a header's), a tag's definition */
    if (!clang_Cursor_isNull(decl) && t.kind == CXType_Typedef)
        decl = clang_getCanonicalCursor(decl);
    else if (!clang_Cursor_isNull(decl) && !clang_Cursor_isNull(clang_getCursorDefinition(decl)))
        decl = clang_getCursorDefinition(decl);
    size_t at;
    bool here = !clang_Cursor_isNull(decl) && decl.kind != CXCursor_NoDeclFound &&
                spelled_at(f, clang_getCursorLocation(decl), &at);
    switch (t.kind) {
    case CXType_Typedef:
        /* a header's typedef is seen by the header's includers, whatever it names */
        return here ? at + 1 : 0;
    case CXType_Record:     /* (a generator's frame: the header has it, if needed) */
        return here && (!by_pointer || clang_Cursor_isAnonymous(decl)) && !frame_fields(t).is_frame ? at + 1 : 0;
    case CXType_Enum:
        return here ? at + 1 : 0;
    case CXType_Pointer:
        return input_type_decl(f, clang_getPointeeType(t), true, depth + 1);
    case CXType_ConstantArray:
    case CXType_IncompleteArray:
    case CXType_VariableArray:
        return input_type_decl(f, clang_getArrayElementType(t), by_pointer, depth + 1);
    case CXType_Elaborated:
        return input_type_decl(f, clang_Type_getNamedType(t), by_pointer, depth + 1);
    case CXType_FunctionProto:
        for (int i = 0; i < clang_getNumArgTypes(t); i++) {
            size_t a = input_type_decl(f, clang_getArgType(t, (unsigned)i), true, depth + 1);
            if (a)
                return a;
        }
        /* fall through */
    case CXType_FunctionNoProto:
        return input_type_decl(f, clang_getResultType(t), true, depth + 1);
    default: {     /* typeof(expr), and other sugar: what it stands for */
        CXType canon = clang_getCanonicalType(t);
        return clang_equalTypes(canon, t) ? 0 : input_type_decl(f, canon, by_pointer, depth + 1);
    }
    }
}

static enum CXVisitorResult visit_field(CXCursor c, CXClientData data)
{
    Fields *fl = data;
    char *name = cx_take(clang_getCursorSpelling(c));
    if (!strcmp(name, "yc__pl"))
        fl->is_frame = true;
    else if (!strcmp(name, "yc__pl_sent"))
        fl->has_send = true, fl->pls = clang_getCursorType(c);
    else if (!strcmp(name, "yc__ply"))
        fl->ply = clang_getResultType(clang_getPointeeType(clang_getCursorType(c)));
    else if (!strcmp(name, "yc__plr"))
        fl->plr = clang_getResultType(clang_getPointeeType(clang_getCursorType(c)));
    return CXVisit_Continue;
}

/* The view's fields of record type t (is_frame: t is a generator's frame). */
Fields frame_fields(CXType t)
{
    Fields fl = { .is_frame = false };
    clang_Type_visitFields(t, visit_field, &fl);
    return fl;
}

/* The name of the generator whose frame type t is, or NULL. */
char *frame_type_name(CXType t)
{
    return frame_fields(t).is_frame ? cx_take(clang_getCursorSpelling(clang_getTypeDeclaration(t))) : NULL;
}

/* ---- a generator ---- */

/* One visit of the generator's whole tree (CXChildVisit_Recurse: a nested
   clang_visitChildren per node costs more than the node itself).  The
   stack holds the node's ancestors: those that are not `parent` were left. */
static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data)
{
    Finder *f = data;
    while (f->depth > 1 && !clang_equalCursors(f->stack[f->depth - 1].c, parent))
        f->depth--;
    int child = f->stack[f->depth - 1].nkids++;
    if (f->depth == f->stack_cap)     /* no Node* is held across a visit */
        f->stack = vec_grow(f->stack, f->depth, &f->stack_cap, sizeof *f->stack);
    Node *n = &f->stack[f->depth++];
    n->c = c;
    n->kind = clang_getCursorKind(c);
    n->child = child;
    n->nkids = 0;
    n->has_extent = false;
    YieldTok *yt;
    switch (n->kind) {
    case CXCursor_VarDecl:
        if (!strcmp(cx_take(clang_getCursorSpelling(c)), "yc__yield")) {
            CXType fn = clang_getPointeeType(clang_getCursorType(c));
            f->yield_void = clang_getNumArgTypes(fn) <= 0;
            if (!f->yield_void)
                f->yield_type = clang_getArgType(fn, 0);
            f->send_type = clang_getResultType(fn);     /* void without S */
            f->g->ysize = f->yield_void ? 0 : clang_Type_getSizeOf(f->yield_type);
            f->depth--;
            return CXChildVisit_Continue;
        }
        find_local(f, c);
        break;
    case CXCursor_DeclStmt:
        find_decl_stmt(f, n);
        break;
    case CXCursor_EnumConstantDecl:
    case CXCursor_TypedefDecl:
    case CXCursor_FunctionDecl:
        note_hider(f, c);
        break;
    case CXCursor_DeclRefExpr:
        note_write_at_ref(f, find_ref(f, c));
        break;
    case CXCursor_UnaryOperator:
        note_address_of(f, c);
        break;
    case CXCursor_MemberRefExpr:
        if (is_array_type(clang_getCursorType(c)))
            note_array_member(f, c);
        break;
    case CXCursor_CallExpr: {
        char *name = cx_take(clang_getCursorSpelling(c));
        if (!strcmp(name, "yield")) {
            /* `yield (x)` that a macro writes (lex rewrote every other):
               parse asked for its macro's expansion, and this round's
               errors are dropped if there is another; in the last, it
               is one yieldc could not expand */
            error_at(&f->t->diag, expanded_at(f, clang_getCursorLocation(c)),
                     "a 'yield' here that yieldc cannot rewrite: write it in the generator's body");
            break;
        }
        if (strcmp(name, "yc__yield") && strcmp(name, "yc__plr"))
            check_call(f, n, name);
        else if ((yt = yield_call(f, c, name)))
            find_yield(f, c, yt);
        else    /* lex made this call: left alone, the output would keep a raw `yield` */
            error_at(&f->t->diag, nbegin(f, n), "internal error: this 'yield' is not among those found in "
                                                "the text; please report it");
        break;
    }
    case CXCursor_ContinueStmt:
    case CXCursor_BreakStmt:
    case CXCursor_ReturnStmt:
    case CXCursor_GotoStmt:
        find_jump(f, c, n);
        break;
    case CXCursor_CompoundLiteralExpr:
        note_literal(f, c, n);
        break;
    case CXCursor_StringLiteral:
        note_func_name(f, c);
        break;
    case CXCursor_WhileStmt:
    case CXCursor_DoStmt:
    case CXCursor_ForStmt:
        vec_push(&f->g->loops, ((Span){ nbegin(f, n), nend(f, n) }));
        if (n->kind == CXCursor_ForStmt)
            note_counted_for(f, n);
        break;
    case CXCursor_LabelStmt:
        vec_push(&f->g->labels, nbegin(f, n));
        check_reserved_name(f, cx_take(clang_getCursorSpelling(c)), nbegin(f, n), true);
        break;
    case CXCursor_AddrLabelExpr:
        error_at(&f->t->diag, nbegin(f, n), "computed goto ('&&label') is not supported in a generator");
        break;
    case CXCursor_IndirectGotoStmt:
        error_at(&f->t->diag, nbegin(f, n), "computed goto ('goto *') is not supported in a generator");
        break;
    default:
        break;
    }
    return CXChildVisit_Recurse;
}

static int cmp_yield(const void *a, const void *b)
{
    const Yield *x = *(Yield *const *)a, *y = *(Yield *const *)b;
    return x->tok->kw < y->tok->kw ? -1 : x->tok->kw > y->tok->kw;
}

static int cmp_stmt(const void *a, const void *b)
{
    const Stmt *x = *(Stmt *const *)a, *y = *(Stmt *const *)b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

static int cmp_local(const void *a, const void *b)
{
    const LocalKey *x = a, *y = b;
    if (x->stmt_begin != y->stmt_begin)
        return x->stmt_begin < y->stmt_begin ? -1 : 1;
    return x->index - y->index;
}

typedef struct LocalQuery {
    const LocalKey *locals;
    size_t off;
} LocalQuery;

static bool local_before(const void *ctx, int i)
{
    const LocalQuery *q = ctx;
    return q->locals[i].stmt_begin < q->off;
}

/* Does another variable of the generator, or another name the body
   declares, have v's name? */
static bool name_shared(const Gen *g, const Var *v)
{
    for (int i = 0; i < g->vars.len; i++) {
        const Var *w = g->vars.items[i];
        if (w != v && !strcmp(w->name, v->name))
            return true;
    }
    for (int i = 0; i < g->hiders.len; i++)
        if (!strcmp(g->hiders.items[i].name, v->name))
            return true;
    return false;
}

/* What macros in the body hide from a lowering that works on text: a
   variable that may live in the frame named in a macro's body (its uses
   are rewritten), or in an argument the macro quotes, a jump (cleanups and lowered loops change jumps), a
   local declared by a macro across a yield.  Those macros are expanded in
   place (expand.c) and the file read again; so are those that write the
   braces of a block with a cleanup. */
static void request_expansions(Finder *f)
{
    Gen *g = f->g;
    for (int i = 0; i < g->refs.len; i++) {
        Ref *r = g->refs.items[i];
        Var *v = r->var;
        bool may_be_renamed = v->addr_taken || v->is_array || v->is_const || v->is_volatile || name_shared(g, v);
        if (r->off == (size_t)-1 && may_be_renamed)
            request_expansion(f->t, r->at);
        else if (r->off != (size_t)-1 && (may_be_renamed || v->before_first_case))
            /* renamed in an argument a macro quotes (`#v`, `v##_len`),
               however deep, the text would name the frame's field */
            request_quoting_macros(f->t, r->off);
    }
    for (int i = 0; i < g->jumps.len; i++) {
        Jump *j = g->jumps.items[i];
        if (j->from_macro)
            request_expansion(f->t, j->begin);
    }
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (v->is_param || text_at(f, v->name_off, v->name))
            continue;
        Yield *y = yield_after(g, v->name_off);
        if (y && y->begin < v->scope_end)
            request_expansion(f->t, v->name_off);
    }
    /* a block whose braces a macro writes (`#define END }`): the cleanups
       the output may run at the `}` go before it, and the text's braces
       must pair (both expanded) */
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (!v->has_cleanup || !v->scope_end || text_at(f, v->scope_end - 1, "}"))
            continue;
        request_expansion_around(f->t, v->scope_end - 1);
        if (!text_at(f, v->scope_begin, "{"))
            request_expansion_around(f->t, v->scope_begin);
    }
}

static void find_generator(Finder *f, CXCursor fn, GenDecl *d)
{
    Gen *g = yc_alloc(sizeof *g);
    g->def = d;
    g->first = d->first_decl;
    d->gen = g;
    f->g = g;
    f->depth = 0;
    f->allocas.len = 0;
    f->literals.len = 0;
    f->pending_fors.len = 0;
    f->next_counter = clang_getNullCursor();
    map_clear(&f->vars_by_cursor);
    map_clear(&f->ref_offs);
    map_clear(&f->stmts_by_extent);
    map_clear(&f->lazies_by_extent);
    map_clear(&f->yield_toks);
    find_params(f, fn);
    CXType r = clang_getCanonicalType(clang_getResultType(clang_getCursorType(fn)));
    g->rsize = r.kind == CXType_Void ? 0 : clang_Type_getSizeOf(r);
    Node *root = &f->stack[f->depth++];
    root->c = fn;
    root->kind = CXCursor_FunctionDecl;
    root->has_extent = false;
    node_extent(f, root);
    root->child = 0;
    root->nkids = 0;
    clang_visitChildren(fn, visit, f);
    f->depth = 0;
    vec_sort(&g->yields, cmp_yield);
    for (int i = 0; i < g->yields.len; i++)
        g->yields.items[i]->index = i;
    for (int i = 0; i < g->yields.len; i++)
        if (g->yields.items[i]->tok->is_from)
            vec_push(&g->froms, g->yields.items[i]);
    vec_sort(&g->stmts, cmp_stmt);
    /* the locals by the statement that declares them */
    int nlocals = 0;
    f->locals.len = 0;
    vec_reserve(&f->locals, g->vars.len + 1);   /* kept for the next generator */
    LocalKey *locals = f->locals.items;
    for (int k = 0; k < g->vars.len; k++) {
        Var *v = g->vars.items[k];
        if (!v->is_param)
            locals[nlocals++] = (LocalKey){ v->stmt_begin, k };
    }
    qsort(locals, (size_t)nlocals, sizeof *locals, cmp_local);
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        build_tree(s);
        if (!s->is_decl)
            continue;
        LocalQuery q = { locals, s->begin };
        for (int lo = lower_bound(nlocals, local_before, &q); lo < nlocals && locals[lo].stmt_begin == s->begin; lo++)
            vec_push(&s->decls, g->vars.items[locals[lo].index]);
    }
    check_vlas_and_allocas(f);
    resolve_counted_fors(f);
    note_stmt_facts(f);
    note_var_facts(f);
    request_expansions(f);      /* (after the facts it reads: before_first_case) */
    g->index = f->t->gens.len;
    vec_push(&f->t->gens, g);
}

/* ---- the file ---- */

static GenDecl *definition_named(Tool *t, const char *name)
{
    GenDecl *first = first_decl_named(t, name);
    return first ? first->definition : NULL;
}

typedef struct TopState {
    Finder *f;
    CXCursor prev;          /* the previous top-level function declaration in INPUT */
    char *prev_name;
    bool any_proto;         /* a generator has a prototype (else note_protos has nothing to do) */
} TopState;

static void note_protos(Finder *f, size_t begin, size_t end);
static size_t before_leading_attributes(Finder *f, size_t at);

typedef struct ApiCheck {
    Finder *f;
    GenDecl *d;
} ApiCheck;

static enum CXChildVisitResult check_api_field(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Finder *f = ((ApiCheck *)data)->f;
    GenDecl *d = ((ApiCheck *)data)->d;
    if (c.kind != CXCursor_FieldDecl)
        return CXChildVisit_Continue;
    char *name = cx_take(clang_getCursorSpelling(c));
    const char *what = !strcmp(name, "yc_value") ? "yield" : !strcmp(name, "yc_result") ? "result"
                     : !strcmp(name, "yc__pl_sent") ? "send" : NULL;
    const char *type = !strcmp(name, "yc_value") ? d->ytype : !strcmp(name, "yc_result") ? d->rtype : d->stype;
    char *frame = what ? frame_type_name(clang_getCanonicalType(clang_getCursorType(c))) : NULL;
    if (frame)
        vec_push(&d->api_frames, frame);
    if (what && !d->api_in_input) {
        /* the view's field is typeof(T) where T is INPUT's own text: its
           declared type, through the sugar */
        size_t at = input_type_decl(f, clang_getCursorType(c), false, 0);
        if (at) {
            d->api_in_input = at;
            d->api_what = what;
        }
    }
    if (what && has_const_member(clang_getCursorType(c)))
        error_at(&f->t->diag, d->kw, "the %s type '%s' of generator '%s' has a const member: its frame could not be "
                        "given a value of it; use a pointer, or a type without const members",
                 what, type, d->name);
    else if (what && clang_isConstQualifiedType(clang_getCanonicalType(clang_getCursorType(c))) &&
             !strcmp(unconst_type(type), type))
        error_at(&f->t->diag, d->kw, "the %s type '%s' of generator '%s' is const-qualified (through a typedef): its "
                        "frame could not be given a value of it; use the type without const",
                 what, type, d->name);
    return CXChildVisit_Continue;
}

/* A generator's frame, as the view shows it: the API's types must be
   assignable (the frame stores each value yielded, the result, each value
   sent). */
static void check_api_types(Finder *f, CXCursor c)
{
    char *name = cx_take(clang_getCursorSpelling(c));
    GenDecl *d = definition_named(f->t, name);
    if (!d)
        return;
    CXFile file;
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL, NULL, NULL);
    if (file && clang_File_isEqual(file, f->main_file))
        clang_visitChildren(c, check_api_field, &(ApiCheck){ f, d });
}

/* Each function: a prototype of a generator (note_protos), or in INPUT,
   the definition of a generator's body. */
static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    TopState *st = data;
    Finder *f = st->f;
    if (c.kind == CXCursor_StructDecl && clang_isCursorDefinition(c))
        check_api_types(f, c);
    if (c.kind != CXCursor_FunctionDecl)
        return CXChildVisit_Continue;
    if (st->any_proto) {
        size_t begin, end;
        extent_of(f, c, &begin, &end);
        note_protos(f, begin, end);
    }
    CXFile file;
    clang_getExpansionLocation(clang_getCursorLocation(c), &file, NULL, NULL, NULL);
    if (!file || !clang_File_isEqual(file, f->main_file))
        return CXChildVisit_Continue;
    char *name = cx_take(clang_getCursorSpelling(c));
    if (!strncmp(name, "yc__body_", 9) && clang_isCursorDefinition(c)) {
        GenDecl *d = definition_named(f->t, name + 9);
        if (d) {
            d->decl_begin = d->kw;
            if (st->prev_name && !strcmp(st->prev_name, name + 9)) {
                size_t end;
                extent_of(f, st->prev, &d->decl_begin, &end);
                d->decl_begin = before_leading_attributes(f, d->decl_begin);
                /* the constructor's: clang follows `static` through macros
                   and earlier declarations */
                d->is_static = clang_getCursorLinkage(st->prev) == CXLinkage_Internal;
            }
            find_generator(f, c, d);
        }
    }
    st->prev = c;
    st->prev_name = name;
    return CXChildVisit_Continue;
}

/* Where each prototype's declaration begins (`static` included), from
   the extent of a function declaration (any: their order is kept). */
typedef struct DeclQuery {
    const GenDeclVec *decls;
    size_t off;
} DeclQuery;

static bool decl_before(const void *ctx, int i)
{
    const DeclQuery *q = ctx;
    return q->decls->items[i]->kw < q->off;
}

/* Where a declaration beginning at `at` (clang's extent) really begins:
   before the C2x attributes that lead it (`[[maybe_unused]] static
   generator(int) ...`), which clang's extent leaves out. */
static size_t before_leading_attributes(Finder *f, size_t at)
{
    const Lexed *lx = &f->t->lx;
    int i = tok_at_or_after((Lexed *)lx, at);
    while (i >= 2 && tok_is(f->t, &lx->toks[i - 1], "]") && tok_is(f->t, &lx->toks[i - 2], "]")) {
        int depth = 0, j = i - 1;
        for (; j >= 0; j--) {
            if (lx->toks[j].in_directive)
                break;
            depth += tok_is(f->t, &lx->toks[j], "]") - tok_is(f->t, &lx->toks[j], "[");
            if (depth == 0)
                break;
        }
        if (j < 1 || depth != 0 || !tok_is(f->t, &lx->toks[j + 1], "[") || !tok_is(f->t, &lx->toks[j], "["))
            break;
        i = j;
    }
    return i < lx->ntoks ? lx->toks[i].begin : at;
}

static void note_protos(Finder *f, size_t begin, size_t end)
{
    const GenDeclVec *ds = &f->t->lx.decls;     /* in source order */
    DeclQuery q = { ds, begin };
    for (int i = lower_bound(ds->len, decl_before, &q); i < ds->len && ds->items[i]->kw < end; i++) {
        GenDecl *d = ds->items[i];
        if (!d->body_end && d->name_off < end)
            d->decl_begin = before_leading_attributes(f, begin);
    }
}

/* The #include lines of INPUT before its first generator, in active code
   at file scope: the header from --header repeats them. */
static void find_includes(Tool *t)
{
    size_t first = t->lx.decls.len ? t->lx.decls.items[0]->kw : t->src.len;
    int depth = 0;      /* of braces, brackets and parentheses: an #include inside them (an X-macro
                           list in an initializer) means nothing at a header's file scope */
    for (int i = 0; i + 1 < t->lx.ntoks && t->lx.toks[i].begin < first; i++) {
        Tok *tk = &t->lx.toks[i];
        if (!tk->in_directive && !tk->inactive && !in_spans(&t->skipped, tk->begin)) {
            if (tok_is(t, tk, "{") || tok_is(t, tk, "(") || tok_is(t, tk, "["))
                depth++;
            else if (tok_is(t, tk, "}") || tok_is(t, tk, ")") || tok_is(t, tk, "]"))
                depth--;
            continue;
        }
        if (depth > 0 || !tk->in_directive || !tok_is(t, tk, "#") || !tok_is(t, &t->lx.toks[i + 1], "include") ||
            in_spans(&t->skipped, tk->begin))
            continue;
        size_t e = tk->begin;
        while (e < t->src.len && t->src.text[e] != '\n')
            e++;
        bool runtime = strstr(yc_strndup(t->src.text + tk->begin, e - tk->begin), "yieldc.h") != NULL;
        vec_push(&t->includes, ((Include){ { tk->begin, e }, runtime }));
    }
}

bool find_generators(Tool *t)
{
    Finder f = { .t = t, .tu = t->cx_tu };
    f.stack = vec_grow(NULL, 0, &f.stack_cap, sizeof *f.stack);
    f.main_file = clang_getFile(f.tu, t->clang_path);
    TopState st = { .f = &f };
    for (int i = 0; i < t->lx.decls.len; i++)
        st.any_proto |= !t->lx.decls.items[i]->body_end;
    CXCursor root = clang_getTranslationUnitCursor(f.tu);
    clang_visitChildren(root, visit_top, &st);
    for (int i = 0; i < t->lx.decls.len; i++) {
        GenDecl *d = t->lx.decls.items[i];
        if (d->first_decl == d && !definition_named(t, d->name) && !in_spans(&t->skipped, d->kw))
            error_at(&t->diag, d->name_off, "generator '%s' is declared but not defined in this file: its frame "
                                  "cannot be laid out (other files use the header from --header)", d->name);
        d->gen = d->first_decl->definition ? d->first_decl->definition->gen : NULL;
        if (d->first_decl->definition)  /* linkage is the function's, whichever declaration says it */
            d->is_static = d->first_decl->definition->is_static;
        /* yieldc.h's macros paste the name (NAME##__next) where clang's
           expansion of it would not reach: the output would not compile */
        if (!in_spans(&t->skipped, d->kw) && macro_named_between(t, d->kw, d->name_off, d->name))
            error_at(&t->diag, d->name_off, "the name of generator '%s' is a macro here: the functions made for it "
                                            "are named after it ('%s__next', ...), which the macro does not rename; "
                                            "#undef it first, or rename the generator", d->name, d->name);
    }
    find_includes(t);
    return t->diag.errors == 0;
}


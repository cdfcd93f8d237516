/*
** find.c -- the third stage: read each generator off clang's AST.  For
** every generator definition it records the parameters and locals (with
** their scopes and whether their address is taken), every use of them, the
** yields and the statement each one is hoisted in front of, and the returns;
** and it refuses what cannot be compiled (computed goto, setjmp, VLAs and
** alloca across a yield, yields in positions not supported).  Everything is
** copied into the structs of yc.h: no later stage talks to libclang.
*/
#include "yc.h"
#include "cx.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Node {
    CXCursor c;
    enum CXCursorKind kind;
    size_t begin_, end_;    /* source offsets of its extent: nbegin(), nend() */
    bool has_extent;        /* begin_ and end_ are known (libclang measures the last token: asked only when needed) */
    int child;              /* its index among its parent's children */
    int nkids;              /* how many of its children have been visited */
} Node;

/* A hash table from 64-bit keys to ints (several per key), emptied for
   each generator at once: what find looks up for a node (the variable a
   name refers to, a statement, an operator, a use already seen) is not
   found by scanning everything found so far in the generator. */
typedef struct Table {
    struct Slot {
        uint64_t key;
        int val;
        unsigned gen;       /* the slot is used if gen is the table's */
    } *slots;
    size_t cap, len;
    unsigned gen;
} Table;

typedef struct Finder {
    Tool *t;
    CXTranslationUnit tu;
    CXFile main_file;
    Gen *g;
    Node *stack;            /* the ancestors of the node visited (grown: any nesting clang parses) */
    int depth, stack_cap;
    CXCursor *var_cursors;  /* parallel to g->vars */
    int var_cap;
    Table vars_by_cursor;   /* clang_hashCursor -> index in g->vars */
    Table ref_offs;         /* offsets of the uses recorded (Ref.off) */
    Table stmts_by_extent;  /* (begin, end) -> index in g->stmts */
    Table lazies_by_extent; /* (begin, end, kind) -> index in g->lazies */
    Table yield_toks;       /* YieldTok* of the yields found */
    CXType yield_type;      /* the generator's Y, from its view's yc__yield */
    bool yield_void;
    Vec allocas;            /* size_t*: offsets of alloca calls */
    Vec literals;           /* size_t[3]*: compound literals whose address escapes: extent, block's end */
    Vec pending_literals;   /* Literal*, parallel to literals */
} Finder;

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static void table_clear(Table *t)
{
    t->len = 0;
    if (++t->gen == 0) {    /* wrapped: every slot's stamp could match */
        for (size_t i = 0; i < t->cap; i++)
            t->slots[i].gen = 0;
        t->gen = 1;
    }
}

static void table_add(Table *t, uint64_t key, int val)
{
    if (2 * (t->len + 1) > t->cap) {
        struct Slot *old = t->slots;
        size_t old_cap = t->cap;
        unsigned old_gen = t->gen;
        t->cap = t->cap ? 2 * t->cap : 64;
        t->slots = calloc(t->cap, sizeof *t->slots);
        if (!t->slots)
            abort();
        t->gen = 1;
        t->len = 0;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].gen == old_gen && old_gen)
                table_add(t, old[i].key, old[i].val);
        free(old);
    }
    size_t i = mix(key) & (t->cap - 1);
    while (t->slots[i].gen == t->gen)
        i = (i + 1) & (t->cap - 1);
    t->slots[i] = (struct Slot){ key, val, t->gen };
    t->len++;
}

/* The smallest value under key that `match` accepts (all, if it is NULL);
   -1 if none. */
static int table_first(const Table *t, uint64_t key, bool (*match)(const void *ctx, int val), const void *ctx)
{
    int best = -1;
    if (!t->cap)
        return best;
    for (size_t i = mix(key) & (t->cap - 1); t->slots[i].gen == t->gen; i = (i + 1) & (t->cap - 1))
        if (t->slots[i].key == key && (best < 0 || t->slots[i].val < best) &&
            (!match || match(ctx, t->slots[i].val)))
            best = t->slots[i].val;
    return best;
}

static void table_free(Table *t)
{
    free(t->slots);
    *t = (Table){ 0 };
}

static uint64_t key2(size_t a, size_t b)
{
    return mix((uint64_t)a * 0x9e3779b97f4a7c15ULL + (uint64_t)b);
}

/* Where INPUT's text has the token at loc: a macro argument's own text;
   for a token from a macro's body, libclang gives only the invocation (its
   "spelling" location is the invocation too).  False outside INPUT. */
static bool spelled_at(Finder *f, CXSourceLocation loc, size_t *off)
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
static bool text_at(Finder *f, size_t off, const char *text)
{
    const Tok *tk = &f->t->lx.toks[tok_at_or_after(&f->t->lx, off)];
    return tk->begin == off && !tk->in_directive && tok_is(f->t, tk, text);
}

static size_t expanded_at(Finder *f, CXSourceLocation loc)
{
    unsigned o;
    clang_getExpansionLocation(loc, NULL, NULL, NULL, &o);
    return view_to_source(&f->t->lx, o);
}

/* Does the token at loc, which should read `text`, come from a macro
   (its argument, or its body)? */
static bool from_macro(Finder *f, CXSourceLocation loc, const char *text)
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
static char *macro_name_at(Finder *f, size_t off)
{
    const Tok *tk = &f->t->lx.toks[tok_at_or_after(&f->t->lx, off)];
    return yc_strndup(f->t->src.text + tk->begin, tk->end - tk->begin);
}

static void extent_of(Finder *f, CXCursor c, size_t *begin, size_t *end)
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

static size_t nbegin(Finder *f, Node *n)
{
    node_extent(f, n);
    return n->begin_;
}

static size_t nend(Finder *f, Node *n)
{
    node_extent(f, n);
    return n->end_;
}

/* Past the `;` right after `end`, if there is one (clang's extents of
   expression, return and jump statements stop before it). */
static size_t after_semicolon(Finder *f, size_t end)
{
    int i = tok_at_or_after(&f->t->lx, end);
    while (i < f->t->lx.ntoks && (f->t->lx.toks[i].in_directive || f->t->lx.toks[i].inactive))
        i++;    /* a directive, or an inactive branch, may come before it */
    Tok *tk = &f->t->lx.toks[i];
    if (tk->kind == TK_PUNCT && f->t->src.text[tk->begin] == ';')
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
static size_t stmt_end(Finder *f, CXCursor c)
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
        CXCursor last = clang_getNullCursor();
        clang_visitChildren(c, last_child, &last);
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

typedef struct CursorMatch {
    const Finder *f;
    CXCursor c;
} CursorMatch;

static bool same_cursor(const void *ctx, int i)
{
    const CursorMatch *m = ctx;
    return clang_equalCursors(m->f->var_cursors[i], m->c);
}

/* The variable declared by decl (the first, as clang_equalCursors tells;
   clang_hashCursor agrees with it). */
static Var *var_of(Finder *f, CXCursor decl)
{
    CursorMatch m = { f, decl };
    int i = table_first(&f->vars_by_cursor, clang_hashCursor(decl), same_cursor, &m);
    return i < 0 ? NULL : f->g->vars.items[i];
}

static bool is_array_type(CXType t)
{
    t = clang_getCanonicalType(t);
    return t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray ||
           t.kind == CXType_VariableArray || t.kind == CXType_DependentSizedArray;
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

/* Does type t name a declaration made inside the generator's body (a
   struct, union, enum or typedef), through pointers, arrays, typedefs,
   typeof and function types?  The frame, at file scope, could not name
   it.  Where the declaration is decides, not its semantic parent: a
   struct declared inside a local struct's members is the record's. */
static bool names_body_type(Finder *f, CXType t, int depth)
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

/* A variable whose type the frame, at file scope, cannot name: declared
   in the generator's body, or spelled through typeof (whose operand may
   be a local).  It is kept in the frame as bytes. */
static void check_type_visible(Finder *f, Var *v, CXType t)
{
    if (strstr(v->type, "typeof") || names_body_type(f, t, 0))
        v->local_type = true;
}

static enum CXVisitorResult const_field(CXCursor c, CXClientData data)
{
    if (clang_isConstQualifiedType(clang_getCursorType(c))) {
        *(bool *)data = true;
        return CXVisit_Break;
    }
    return CXVisit_Continue;
}

/* A struct or union with a const member (directly): it cannot be assigned. */
static bool has_const_member(CXType t)
{
    t = clang_getCanonicalType(t);
    while (t.kind == CXType_ConstantArray)
        t = clang_getCanonicalType(clang_getArrayElementType(t));
    bool found = false;
    if (t.kind == CXType_Record)
        clang_Type_visitFields(t, const_field, &found);
    return found;
}

static char *frame_type_name(CXType t);

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
    v->is_volatile = clang_isVolatileQualifiedType(type);
    v->is_bool = clang_getCanonicalType(type).kind == CXType_Bool;
    v->is_array = is_array_type(type);
    v->is_vla = variably_modified(type);
    if (is_param && (v->is_array || type.kind == CXType_FunctionProto || type.kind == CXType_FunctionNoProto)) {
        /* adjusted to a pointer, as C does for parameters */
        CXType elem = v->is_array ? clang_getArrayElementType(type) : type;
        v->type = yc_format("__typeof__(%s) *", cx_type(elem));
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
    if (!is_param)  /* a parameter's type is declared before the body; its spelling may be ours */
        check_type_visible(f, v, type);
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
    if (v->local_type) {
        v->size = clang_Type_getSizeOf(type);
        v->align = clang_Type_getAlignOf(type);
    }
    int n = f->g->vars.len;
    vec_push(&f->g->vars, v);
    if (n == f->var_cap) {
        f->var_cap = f->var_cap ? 2 * f->var_cap : 64;
        f->var_cursors = realloc(f->var_cursors, (size_t)f->var_cap * sizeof *f->var_cursors);
        if (!f->var_cursors)
            abort();
    }
    f->var_cursors[n] = c;
    table_add(&f->vars_by_cursor, clang_hashCursor(c), n);
    return v;
}

/* ---- locals ---- */

static enum CXChildVisitResult count_one(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)c;
    (void)parent;
    (*(int *)data)++;
    return CXChildVisit_Continue;
}

static int count_children(CXCursor c)
{
    int n = 0;
    clang_visitChildren(c, count_one, &n);
    return n;
}

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
static void check_reserved_name(const char *name, size_t at, bool is_label)
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
        error_at(at, "'%s' is a name of yieldc's own in the code it generates for a generator: rename "
                     "it (names beginning with 'yc_' are best left to yieldc)", name);
}

static void find_local(Finder *f, CXCursor c)
{
    Var *v = add_var(f, c, false);
    check_reserved_name(v->name, v->name_off, false);
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

static CXCursor strip(CXCursor c);
static bool binary_op_is(Finder *f, Node *op, const char *s);

static enum CXChildVisitResult first_child(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    *(CXCursor *)data = c;
    return CXChildVisit_Break;
}

static CXCursor child0(CXCursor c)
{
    CXCursor r = clang_getNullCursor();
    clang_visitChildren(c, first_child, &r);
    return r;
}

/* Through parentheses and implicit conversions. */
static CXCursor strip(CXCursor c)
{
    while (c.kind == CXCursor_ParenExpr || c.kind == CXCursor_UnexposedExpr) {
        CXCursor k = child0(c);
        if (clang_Cursor_isNull(k))
            break;
        c = k;
    }
    return c;
}

/* `&x`, `&x.member`: x's address escapes, so x must live in the frame. */
static void note_address_of(Finder *f, CXCursor c)
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
static void note_write_at_ref(Finder *f, Var *v)
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
static void note_array_member(Finder *f, CXCursor c)
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

static Var *find_ref(Finder *f, CXCursor c)
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
        if (table_first(&f->ref_offs, r->off, NULL, NULL) >= 0)
            return v;   /* a macro argument expanded twice */
        table_add(&f->ref_offs, r->off, 0);
    }
    vec_push(&f->g->refs, r);
    return v;
}

/* ---- statements with yields, and returns ---- */

typedef struct ExtentMatch {
    const Vec *v;           /* of Stmt* or XNode* */
    size_t begin, end;
    int kind;               /* XNode: its kind */
} ExtentMatch;

static bool same_stmt(const void *ctx, int i)
{
    const ExtentMatch *m = ctx;
    const Stmt *s = m->v->items[i];
    return s->begin == m->begin && s->end == m->end;
}

static Stmt *stmt_at(Finder *f, size_t begin, size_t end)
{
    ExtentMatch m = { &f->g->stmts, begin, end, 0 };
    int i = table_first(&f->stmts_by_extent, key2(begin, end), same_stmt, &m);
    if (i >= 0)
        return f->g->stmts.items[i];
    Stmt *s = yc_alloc(sizeof *s);
    s->begin = begin;
    s->end = end;
    table_add(&f->stmts_by_extent, key2(begin, end), f->g->stmts.len);
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

/* The tokens that split `for (init; cond; inc) body`: `(`, both `;`, `)`. */
static void for_tokens(Finder *f, size_t for_begin, int tk[4])
{
    int i = tok_at_or_after(&f->t->lx, for_begin) + 1;
    int depth = 0, n = 0;
    tk[0] = tk[1] = tk[2] = tk[3] = i;
    for (; i < f->t->lx.ntoks && n < 3; i++) {
        Tok *t = &f->t->lx.toks[i];
        if (t->kind != TK_PUNCT || t->end - t->begin != 1)
            continue;
        char c = f->t->src.text[t->begin];
        if (c == '(')
            depth++;
        else if (c == ')' && --depth == 0)
            tk[++n] = i, n = 3;
        else if (c == ';' && depth == 1)
            tk[++n] = i;
    }
    tk[3] = i - 1;
}

/* Which part of a `for` holds source offset `off`: 0 init, 1 cond, 2 inc, 3 body. */
static int for_part(Finder *f, size_t for_begin, size_t off)
{
    int tk[4];
    for_tokens(f, for_begin, tk);
    for (int p = 1; p < 4; p++)
        if (off < f->t->lx.toks[tk[p]].begin)
            return p - 1;
    return 3;
}

static void lower_for(Finder *f, Stmt *s, Node *n)
{
    int tk[4];
    for_tokens(f, nbegin(f, n), tk);
    Tok *t = f->t->lx.toks;
    s->kind = S_FOR;
    s->part_begin[0] = t[tk[0]].end, s->part_end[0] = t[tk[1]].end;
    s->part_begin[1] = t[tk[1]].end, s->part_end[1] = t[tk[2]].begin;
    s->part_begin[2] = t[tk[2]].end, s->part_end[2] = t[tk[3]].begin;
    s->part_begin[3] = t[tk[3]].end, s->part_end[3] = s->end;
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

static bool same_lazy(const void *ctx, int i)
{
    const ExtentMatch *m = ctx;
    const XNode *x = m->v->items[i];
    return x->begin == m->begin && x->end == m->end && (int)x->kind == m->kind;
}

/* The `&&`, `||`, `,` or `?:` node at n, made once. */
static bool names_body_type(Finder *f, CXType t, int depth);

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

static XNode *lazy_node(Finder *f, Node *n, XKind kind)
{
    ExtentMatch m = { &f->g->lazies, nbegin(f, n), nend(f, n), kind };
    uint64_t key = key2(key2(m.begin, m.end), (size_t)kind);
    int found = table_first(&f->lazies_by_extent, key, same_lazy, &m);
    if (found >= 0)
        return f->g->lazies.items[found];
    table_add(&f->lazies_by_extent, key, f->g->lazies.len);
    XNode *x = yc_alloc(sizeof *x);
    x->kind = kind;
    x->begin = nbegin(f, n);
    x->end = nend(f, n);
    Kids k = { .f = f };
    clang_visitChildren(n->c, visit_kid, &k);
    x->nparts = k.n;
    for (int i = 0; i < k.n; i++) {
        x->part_begin[i] = k.begin[i];
        x->part_end[i] = k.end[i];
    }
    if (kind == X_COND) {
        CXType t = nameable_type(f, clang_getCursorType(n->c));
        x->type = cx_type(t);
        /* a type the frame cannot name: its temporary is bytes, read and
           written through the type, which the body can name where the
           `?:` is (if it has a name) */
        x->local_type = strstr(x->type, "typeof") || names_body_type(f, t, 0);
        if (x->local_type && (strstr(x->type, "(unnamed") || strstr(x->type, "(anonymous")))
            error_at(x->begin, "a yield in an operand of this '?:', whose value has a type declared in "
                               "the generator without a name: give the type a name, or use if/else");
        x->size = clang_Type_getSizeOf(t);
        x->align = clang_Type_getAlignOf(t);
    }
    vec_push(&f->g->lazies, x);
    return x;
}

typedef struct Fields {
    CXType ply, plr;        /* the frame's view fields: yield and result types */
    bool is_frame, has_send;
} Fields;

static enum CXVisitorResult visit_field(CXCursor c, CXClientData data)
{
    Fields *fl = data;
    char *name = cx_take(clang_getCursorSpelling(c));
    if (!strcmp(name, "yc__pl"))
        fl->is_frame = true;
    else if (!strcmp(name, "yc__pl_sent"))
        fl->has_send = true;
    else if (!strcmp(name, "yc__ply"))
        fl->ply = clang_getResultType(clang_getPointeeType(clang_getCursorType(c)));
    else if (!strcmp(name, "yc__plr"))
        fl->plr = clang_getResultType(clang_getPointeeType(clang_getCursorType(c)));
    return CXVisit_Continue;
}

/* The name of the generator whose frame type t is, or NULL. */
static char *frame_type_name(CXType t)
{
    Fields fl = { .is_frame = false };
    clang_Type_visitFields(t, visit_field, &fl);
    return fl.is_frame ? cx_take(clang_getCursorSpelling(clang_getTypeDeclaration(t))) : NULL;
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
    if (a.kind == CXType_Pointer && b.kind == CXType_Pointer)
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
    if (!y->tok->from_call && t.kind == CXType_Pointer)
        t = clang_getCanonicalType(clang_getPointeeType(t));
    Fields fl = { .is_frame = false };
    if (t.kind == CXType_Record)
        clang_Type_visitFields(t, visit_field, &fl);
    if (!fl.is_frame) {
        error_at(y->tok->operand_begin, "'yield from' needs a generator: a call of one, or a pointer to "
                                        "a generator object (this is '%s')",
                 cx_take(clang_getTypeSpelling(clang_getCursorType(x))));
        return false;
    }
    y->sub_name = cx_take(clang_getCursorSpelling(clang_getTypeDeclaration(t)));
    /* the view spells it typeof(R): the declaration's own text when it is in
       this file, else the type without sugar */
    y->sub_rtype = cx_type(clang_getCanonicalType(fl.plr));
    for (int i = 0; i < f->t->lx.decls.len; i++) {
        GenDecl *d = f->t->lx.decls.items[i];
        if (!strcmp(d->name, y->sub_name))
            y->sub_rtype = d->rtype;
    }
    y->sub_send = fl.has_send;
    GenDecl *outer = y->tok->gen;
    bool sub_void = clang_getCanonicalType(fl.ply).kind == CXType_Void;
    if (sub_void != f->yield_void || (!sub_void && !assignable(fl.ply, f->yield_type))) {
        error_at(y->tok->kw, "'yield from' a generator that yields '%s' in generator '%s', which yields '%s'",
                 cx_take(clang_getTypeSpelling(clang_getCanonicalType(fl.ply))), outer->name, outer->ytype);
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
           it runs, as its expansion in place will show */
        if (!request_expansion(f->t, at))
            error_at(yt->kw, "'yield' in an argument of macro '%s', which cannot be expanded in place",
                     macro_name_at(f, at));
        yt->reported = true;
        return false;
    }
    if (table_first(&f->yield_toks, (uint64_t)(uintptr_t)yt, NULL, NULL) >= 0) {
        error_at(yt->kw, "'yield' in an argument of a macro that uses it more than once");
        return false;
    }
    int p = f->depth - 2;
    while (p > 0 && f->stack[p].kind == CXCursor_UnexposedExpr)
        p--;
    if (f->stack[p].kind == CXCursor_CStyleCastExpr) {
        error_at(yt->kw, "'yield' must be parenthesized after a cast: it takes the whole expression "
                         "to its right, as in Python (write '(T)(yield ...)')");
        return false;
    }
    return true;
}

/* The statement that yield y, met at stack[i] (n) on its way up from
   child, belongs to: what its work goes in front of, or the loop to lower. */
static Stmt *statement_of(Finder *f, Yield *y, int i)
{
    Node *n = &f->stack[i], *child = &f->stack[i + 1];
    YieldTok *yt = y->tok;
    Stmt *s;
    switch (n->kind) {
    case CXCursor_DeclStmt:
        if (i > 0 && f->stack[i - 1].kind == CXCursor_ForStmt && count_children(n->c) > 1) {
            error_at(yt->kw, "'yield' in a 'for' clause that declares several variables: declare "
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
        s->kind = is_while ? S_WHILE : S_DO;
        s->part_begin[1] = k.begin[is_while ? 0 : 1];
        s->part_end[1] = k.end[is_while ? 0 : 1];
        s->part_begin[3] = k.begin[is_while ? 1 : 0];
        s->part_end[3] = stmt_end(f, k.c[is_while ? 1 : 0]);
        break;
    }
    case CXCursor_ForStmt: {
        /* a loop header from a macro (`REPEAT(n) yield x;`): the yield is in the body,
           since a yield in a macro's argument is refused */
        if (!text_at(f, nbegin(f, n), "for"))
            goto expression_statement;
        int part = for_part(f, nbegin(f, n), yt->kw);
        if (part == 3)
            goto expression_statement;
        s = stmt_at(f, nbegin(f, n), stmt_end(f, n->c));
        if (part > 0)
            lower_for(f, s, n);
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

static void find_yield(Finder *f, CXCursor c, YieldTok *yt)
{
    Gen *g = f->g;
    Yield *y = yc_alloc(sizeof *y);
    y->kind = X_YIELD;
    y->tok = yt;
    Node *self = &f->stack[f->depth - 1];
    y->begin = yt->kw;
    y->end = nend(f, self);
    y->nparts = 1;
    y->part_begin[0] = yt->bare ? y->end : yt->operand_begin;
    y->part_end[0] = yt->bare ? y->end : yt->operand_end;
    if (!yield_acceptable(f, c, yt))
        return;
    /* (climbing to its statement stops at one inside the statement expression) */
    for (int i = f->depth - 2; i >= 0; i--)
        if (f->stack[i].kind == CXCursor_StmtExpr) {
            error_at(yt->kw, "'yield' inside a statement expression ('({ ... })') is not supported: "
                             "its resume point would be a jump into it");
            yt->reported = true;
            return;
        }
    if (yt->is_from && !find_sub(f, c, y)) {
        yt->reported = true;
        return;
    }
    vec_push(&g->yields, y);
    table_add(&f->yield_toks, (uint64_t)(uintptr_t)yt, 0);
    Vec lazies = { 0 };
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
                error_at(yt->kw, "'yield' in the initializer of a static variable");
                return;
            }
            continue;
        }
        Stmt *s = statement_of(f, y, i);
        if (!s)
            return;
        vec_push(&s->yields, y);
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

/* The yield whose call (`yc__yield(...)`, or `yc__plr()` for a `yield
   from`, named `name`) is at c. */
static YieldTok *yield_call(Finder *f, CXCursor c, const char *name)
{
    CXSourceRange r = clang_getCursorExtent(c);
    unsigned o;
    clang_getFileLocation(clang_getRangeStart(r), NULL, NULL, NULL, &o);   /* in a macro argument too */
    /* yields are in source order, so their view offsets increase */
    const Vec *ys = &f->t->lx.yields;
    int lo = 0, hi = ys->len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const YieldTok *y = ys->items[mid];
        if (y->gen ? y->parse_off < o : view_offset_before(f, y, o))
            lo = mid + 1;
        else
            hi = mid;
    }
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

static void check_call(Finder *f, Node *n, const char *name)
{
    char *written = NULL;
    static const char *const jumps[] = { "setjmp", "_setjmp", "sigsetjmp", "__sigsetjmp",
                                         "__builtin_setjmp", NULL };
    for (int i = 0; jumps[i]; i++)
        if (!strcmp(name, jumps[i])) {
            const Tok *tk = &f->t->lx.toks[tok_at_or_after(&f->t->lx, nbegin(f, n))];
            written = yc_strndup(f->t->src.text + tk->begin, tk->end - tk->begin);
            error_at(nbegin(f, n), "'%s' in a generator: the generator's stack frame does not survive "
                               "a yield, so a jump buffer into it would dangle", written);
        }
    if (!strcmp(name, "alloca") || !strcmp(name, "__builtin_alloca")) {
        size_t *off = yc_alloc(sizeof *off);
        *off = nbegin(f, n);
        vec_push(&f->allocas, off);
    }
}

static void find_jump(Finder *f, CXCursor c, Node *n);

/* A compound literal lives in its block, in the body's stack frame: a
   pointer into it (an array literal decays; `&(T){...}`) dies at a yield. */
static void note_literal(Finder *f, CXCursor c, Node *n)
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
    size_t *lit = yc_alloc(3 * sizeof *lit);
    lit[0] = nbegin(f, n);
    lit[1] = nend(f, n);
    lit[2] = block_end;
    vec_push(&f->literals, lit);
    Literal *l = yc_alloc(sizeof *l);
    l->begin = nbegin(f, n);
    l->end = nend(f, n);
    CXType t = clang_getCursorType(c);
    l->type = unconst_type(cx_type(t));
    CXCursor decl = clang_getTypeDeclaration(is_array_type(t) ? clang_getArrayElementType(t) : t);
    if (!clang_Cursor_isNull(decl) && clang_getCursorSemanticParent(decl).kind == CXCursor_FunctionDecl)
        l->type = NULL;     /* a type of the body's own: refused if it must live in the frame */
    vec_push(&f->pending_literals, l);
}

/* `__func__`, `__FUNCTION__` or `__PRETTY_FUNCTION__` in the body: the
   view's function is yc__body_NAME, so clang gives their string literal
   that name.  Written in the body, each becomes "NAME" in the output; one
   from a macro is read once the macro is expanded. */
static void note_func_name(Finder *f, CXCursor c)
{
    static const char *const names[] = { "__func__", "__FUNCTION__", "__PRETTY_FUNCTION__", NULL };
    char *lit = cx_take(clang_getCursorSpelling(c));
    if (strncmp(lit, "\"yc__body_", 10) || strcmp(lit + 10, yc_format("%s\"", f->g->def->name)))
        return;
    size_t off;
    if (spelled_at(f, clang_getCursorLocation(c), &off))
        for (int i = 0; names[i]; i++)
            if (text_at(f, off, names[i])) {
                Span *sp = yc_alloc(sizeof *sp);
                *sp = (Span){ off, off + strlen(names[i]) };
                vec_push(&f->g->func_names, sp);
                return;
            }
    request_expansion(f->t, expanded_at(f, clang_getCursorLocation(c)));
}

/* One visit of the generator's whole tree (CXChildVisit_Recurse: a nested
   clang_visitChildren per node costs more than the node itself).  The
   stack holds the node's ancestors: those that are not `parent` were left. */
static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data)
{
    Finder *f = data;
    while (f->depth > 1 && !clang_equalCursors(f->stack[f->depth - 1].c, parent))
        f->depth--;
    int child = f->stack[f->depth - 1].nkids++;
    if (f->depth == f->stack_cap) {     /* no Node* is held across a visit */
        f->stack_cap *= 2;
        f->stack = realloc(f->stack, (size_t)f->stack_cap * sizeof *f->stack);
        if (!f->stack)
            abort();
    }
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
            f->depth--;
            return CXChildVisit_Continue;
        }
        find_local(f, c);
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
            error_at(expanded_at(f, clang_getCursorLocation(c)),
                     "a 'yield' here that yieldc cannot rewrite: write it in the generator's body");
            break;
        }
        if (strcmp(name, "yc__yield") && strcmp(name, "yc__plr"))
            check_call(f, n, name);
        else if ((yt = yield_call(f, c, name)))
            find_yield(f, c, yt);
        else    /* lex made this call: left alone, the output would keep a raw `yield` */
            error_at(nbegin(f, n), "internal error: this 'yield' is not among those found in the "
                                   "text; please report it");
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
    case CXCursor_ForStmt: {
        size_t *ext = yc_alloc(2 * sizeof *ext);
        ext[0] = nbegin(f, n);
        ext[1] = nend(f, n);
        vec_push(&f->g->loops, ext);
        break;
    }
    case CXCursor_LabelStmt: {
        size_t *at = yc_alloc(sizeof *at);
        *at = nbegin(f, n);
        check_reserved_name(cx_take(clang_getCursorSpelling(c)), *at, true);
        vec_push(&f->g->labels, at);
        break;
    }
    case CXCursor_AddrLabelExpr:
        error_at(nbegin(f, n), "computed goto ('&&label') is not supported in a generator");
        break;
    case CXCursor_IndirectGotoStmt:
        error_at(nbegin(f, n), "computed goto ('goto *') is not supported in a generator");
        break;
    default:
        break;
    }
    return CXChildVisit_Recurse;
}

/* The first of the generator's yields (sorted) that begins after off, or NULL. */
static Yield *yield_after(const Gen *g, size_t off)
{
    int lo = 0, hi = g->yields.len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (((Yield *)g->yields.items[mid])->begin <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < g->yields.len ? g->yields.items[lo] : NULL;
}

static void check_vlas_and_allocas(Finder *f)
{
    Gen *g = f->g;
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (!v->is_vla)
            continue;
        Yield *y = yield_after(g, v->name_off);
        if (y && y->begin < v->scope_end) {
            error_at(y->begin, "'yield' while '%s', a variable-length array (or a pointer to one), is "
                               "alive: its size is not known to the generator's frame", v->name);
            note_at(v->name_off, "'%s' is declared here", v->name);
        }
    }
    for (int i = 0; i < f->literals.len; i++) {
        size_t *lit = f->literals.items[i];
        Literal *l = f->pending_literals.items[i];
        Yield *y = yield_after(g, lit[0]);
        /* a yield whose operand holds it hands the pointer out: the caller
           uses it while the generator is suspended */
        for (int k = 0; k < g->yields.len && ((Yield *)g->yields.items[k])->begin < lit[0]; k++) {
            Yield *w = g->yields.items[k];
            if (lit[1] <= w->end)
                y = w;      /* the innermost such yield suspends first */
        }
        if (y && y->begin < lit[2]) {
            if (!l->type) {
                error_at(y->begin, "'yield' while a pointer into a compound literal of a type declared in "
                                   "the generator may be in use: declare the type at file scope");
                note_at(lit[0], "the compound literal is here");
            } else {
                vec_push(&g->literals, l);
            }
        }
    }
    for (int i = 0; i < f->allocas.len && g->yields.len; i++) {
        size_t at = *(size_t *)f->allocas.items[i];
        Yield *y = yield_after(g, at);
        if (!y)
            y = g->yields.items[g->yields.len - 1];
        error_at(y->begin, "'yield' in a generator that uses alloca: memory from alloca does not "
                                "survive a yield");
        note_at(at, "alloca is called here");
    }
}

static void find_params(Finder *f, CXCursor fn)
{
    int n = clang_Cursor_getNumArguments(fn);
    for (int i = 0; i < n; i++) {
        CXCursor p = clang_Cursor_getArgument(fn, (unsigned)i);
        char *name = cx_take(clang_getCursorSpelling(p));
        if (!*name)
            continue;
        Var *v = add_var(f, p, true);
        check_reserved_name(v->name, v->name_off, false);
        v->scope_begin = f->g->def->body_begin;
        v->scope_end = f->g->def->body_end;
        vec_push(&f->g->params, v);
    }
}

static int cmp_yield(const void *a, const void *b)
{
    const Yield *x = *(Yield *const *)a, *y = *(Yield *const *)b;
    return x->tok->kw < y->tok->kw ? -1 : x->tok->kw > y->tok->kw;
}

/* break, continue, goto and return: where each goes. */
static void find_jump(Finder *f, CXCursor c, Node *n)
{
    static const char *const words[] = { [J_BREAK] = "break", [J_CONTINUE] = "continue",
                                         [J_RETURN] = "return", [J_GOTO] = "goto" };
    Jump *j = yc_alloc(sizeof *j);
    j->kind = n->kind == CXCursor_BreakStmt ? J_BREAK : n->kind == CXCursor_ContinueStmt ? J_CONTINUE
            : n->kind == CXCursor_ReturnStmt ? J_RETURN : J_GOTO;
    j->begin = nbegin(f, n);
    j->end = after_semicolon(f, nend(f, n));
    j->from_macro = from_macro(f, clang_getCursorLocation(c), words[j->kind]);
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

/* Does another variable of the generator have v's name? */
static bool name_shared(const Gen *g, const Var *v)
{
    for (int i = 0; i < g->vars.len; i++) {
        const Var *w = g->vars.items[i];
        if (w != v && !strcmp(w->name, v->name))
            return true;
    }
    return false;
}

/* What macros in the body hide from a lowering that works on text: a
   variable that may live in the frame named in a macro's body (its uses
   are rewritten), a jump (cleanups and lowered loops change jumps), a
   local declared by a macro across a yield.  Those macros are expanded in
   place (expand.c) and the file read again. */
static void request_expansions(Finder *f)
{
    Gen *g = f->g;
    for (int i = 0; i < g->refs.len; i++) {
        Ref *r = g->refs.items[i];
        Var *v = r->var;
        if (r->off == (size_t)-1 && (v->addr_taken || v->is_array || v->is_const || v->is_volatile ||
                                     name_shared(g, v)))
            request_expansion(f->t, r->at);
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
        if (off >= parent->part_begin[p])
            return p;
    return 0;
}

/* Nests a statement's yields and lazy operators into a tree; s->top keeps
   the outermost ones, in source order. */
static void build_tree(Stmt *s)
{
    Vec all = { 0 };
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

static int cmp_stmt(const void *a, const void *b)
{
    const Stmt *x = *(Stmt *const *)a, *y = *(Stmt *const *)b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

/* Variable indexes by the statement declaring them, then in order. */
static const Gen *sorting_gen;
static int cmp_var_stmt(const void *a, const void *b)
{
    int i = *(const int *)a, j = *(const int *)b;
    const Var *x = sorting_gen->vars.items[i], *y = sorting_gen->vars.items[j];
    if (x->stmt_begin != y->stmt_begin)
        return x->stmt_begin < y->stmt_begin ? -1 : 1;
    return i - j;
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
    f->pending_literals.len = 0;
    table_clear(&f->vars_by_cursor);
    table_clear(&f->ref_offs);
    table_clear(&f->stmts_by_extent);
    table_clear(&f->lazies_by_extent);
    table_clear(&f->yield_toks);
    find_params(f, fn);
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
        if (((Yield *)g->yields.items[i])->tok->is_from)
            vec_push(&g->froms, g->yields.items[i]);
    vec_sort(&g->stmts, cmp_stmt);
    /* the locals by the statement that declares them */
    int nlocals = 0;
    int *locals = yc_alloc(((size_t)g->vars.len + 1) * sizeof *locals);
    for (int k = 0; k < g->vars.len; k++)
        if (!((Var *)g->vars.items[k])->is_param)
            locals[nlocals++] = k;
    sorting_gen = g;
    qsort(locals, (size_t)nlocals, sizeof *locals, cmp_var_stmt);
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        s->id = i + 1;
        build_tree(s);
        if (!s->is_decl)
            continue;
        int lo = 0, hi = nlocals;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (((Var *)g->vars.items[locals[mid]])->stmt_begin < s->begin)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < nlocals && ((Var *)g->vars.items[locals[lo]])->stmt_begin == s->begin; lo++)
            vec_push(&s->decls, g->vars.items[locals[lo]]);
    }
    check_vlas_and_allocas(f);
    request_expansions(f);
    vec_push(&f->t->gens, g);
}

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

static enum CXChildVisitResult check_api_field(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    const GenDecl *d = data;
    if (c.kind != CXCursor_FieldDecl)
        return CXChildVisit_Continue;
    char *name = cx_take(clang_getCursorSpelling(c));
    const char *what = !strcmp(name, "yc_value") ? "yield" : !strcmp(name, "yc_result") ? "result"
                     : !strcmp(name, "yc__pl_sent") ? "send" : NULL;
    const char *type = !strcmp(name, "yc_value") ? d->ytype : !strcmp(name, "yc_result") ? d->rtype : d->stype;
    if (what && has_const_member(clang_getCursorType(c)))
        error_at(d->kw, "the %s type '%s' of generator '%s' has a const member: its frame could not be "
                        "given a value of it; use a pointer, or a type without const members",
                 what, type, d->name);
    else if (what && clang_isConstQualifiedType(clang_getCanonicalType(clang_getCursorType(c))) &&
             !strcmp(unconst_type(type), type))
        error_at(d->kw, "the %s type '%s' of generator '%s' is const-qualified (through a typedef): its "
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
        clang_visitChildren(c, check_api_field, d);
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
static void note_protos(Finder *f, size_t begin, size_t end)
{
    const Vec *ds = &f->t->lx.decls;     /* in source order */
    int lo = 0, hi = ds->len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (((GenDecl *)ds->items[mid])->kw < begin)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < ds->len && ((GenDecl *)ds->items[i])->kw < end; i++) {
        GenDecl *d = ds->items[i];
        if (!d->body_end && d->name_off < end)
            d->decl_begin = begin;
    }
}

bool find_generators(Tool *t)
{
    Finder f = { .t = t, .tu = t->cx_tu, .stack_cap = 512 };
    f.stack = malloc((size_t)f.stack_cap * sizeof *f.stack);
    if (!f.stack)
        abort();
    f.main_file = clang_getFile(f.tu, t->clang_path);
    TopState st = { .f = &f };
    for (int i = 0; i < t->lx.decls.len; i++)
        st.any_proto |= !((GenDecl *)t->lx.decls.items[i])->body_end;
    CXCursor root = clang_getTranslationUnitCursor(f.tu);
    clang_visitChildren(root, visit_top, &st);
    for (int i = 0; i < t->lx.decls.len; i++) {
        GenDecl *d = t->lx.decls.items[i];
        if (d->first_decl == d && !definition_named(t, d->name) && !in_skipped(t, d->kw))
            error_at(d->name_off, "generator '%s' is declared but not defined in this file: its frame "
                                  "cannot be laid out (other files use the header from --header)", d->name);
    }
    free(f.var_cursors);
    free(f.stack);
    table_free(&f.vars_by_cursor);
    table_free(&f.ref_offs);
    table_free(&f.stmts_by_extent);
    table_free(&f.lazies_by_extent);
    table_free(&f.yield_toks);
    return diag_errors() == 0;
}

/*
** expand.c -- macros invoked in a generator's body that hide what the
** lowering must see as text (a yield, a cleanup attribute, a jump,
** __func__ ...) are expanded in place, and the file is read again.
**
**   #define AWAIT(c) while (!(c)) yield
**   ... AWAIT(ready(q)); ...
** becomes, in the text the next round reads,
**   ... (* AWAIT: *) while (!(ready(q))) yield; ...
** (the parenthesized stars standing for a comment's).
**
** Clang does the expansion: a parse of the view with, after each
** generator's body, `static const char yc__expansion_K[] =
** YC__XSTR(AWAIT(ready(q)));` under `#line` (so __LINE__ and __FILE__
** expand as at the invocation), whose string literal is the expansion as
** the preprocessor makes it (macro arguments fully expanded, `#` and `##`
** applied).  The new text keeps INPUT's lines: an invocation over several
** lines is followed by as many newlines.  The Source made here remembers
** what replaced what, and diagnostics point back to the invocation.
*/
#include "cx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const yc_api_macros[] = {
    "yc_next", "yc_send", "yc_close", "yc_done", "yc_handle", "yc_value", "yc_result", NULL
};

bool is_api_macro(const char *name)
{
    for (int i = 0; yc_api_macros[i]; i++)
        if (!strcmp(name, yc_api_macros[i]))
            return true;
    return false;
}

/* The view offset of source offset off (outside the view's edits). */
static size_t view_offset(Tool *t, size_t off)
{
    size_t lo = 0, hi = t->lx.view_len;     /* view_to_source is monotonic */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (view_to_source(&t->lx, mid) < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The definition whose body holds source offset off. */
static const GenDecl *body_of(const Tool *t, size_t off)
{
    for (int i = 0; i < t->lx.decls.len; i++) {
        const GenDecl *d = t->lx.decls.items[i];
        if (d->body_end && off >= d->body_begin && off < d->body_end)
            return d;
    }
    return NULL;
}

static void put_c_string(Buf *b, const char *s)
{
    buf_puts(b, "\"");
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            buf_puts(b, "\\");
        buf_put(b, s, 1);
    }
    buf_puts(b, "\"");
}

/* The view with the stringifications of the requested invocations after
   the bodies that hold them; inv[k] is yc__expansion_k.  The runtime's
   macros keep their names there: the view defines them for the analysis,
   as no compiler must see them (`yc_next(g)` is `YC__VIEW_next(g)`, that
   `((void)(g)->yc__pl, true)`), and the expansion is compiled with
   yieldc.h's own; so YC__VIEW_next(...) is `yc_next(...)` for the while,
   whose name, inside its own expansion, is not expanded again.  (A
   definition of the file's own, in force there instead, is expanded.) */
static char *stringify_view(Tool *t, Invocation **inv, int n, size_t *len)
{
    Buf v = { 0 };
    size_t pos = 0;
    bool defined = false;
    for (int k = 0; k < n;) {
        const GenDecl *d = body_of(t, inv[k]->begin);
        size_t at = view_offset(t, d->body_end);
        buf_put(&v, t->lx.view + pos, at - pos);
        pos = at;
        if (!defined)
            buf_puts(&v, "\n#define YC__XSTR2(...) #__VA_ARGS__\n#define YC__XSTR(...) YC__XSTR2(__VA_ARGS__)\n");
        defined = true;
        for (int i = 0; yc_api_macros[i]; i++)
            buf_printf(&v, "\n#pragma push_macro(\"YC__VIEW_%s\")\n#undef YC__VIEW_%s\n"
                           "#define YC__VIEW_%s(...) yc_%s(__VA_ARGS__)",
                       yc_api_macros[i] + 3, yc_api_macros[i] + 3, yc_api_macros[i] + 3, yc_api_macros[i] + 3);
        for (; k < n && body_of(t, inv[k]->begin) == d; k++) {
            /* (__LINE__ and __FILE__ in the expansion: as INPUT's own #line directives say) */
            const char *file;
            buf_printf(&v, "\n#line %u ", presumed_line(t, source_line(&t->src, inv[k]->begin), &file));
            if (file)
                buf_printf(&v, "\"%s\"", file);
            else
                put_c_string(&v, t->src.path);
            buf_printf(&v, "\nstatic const char yc__expansion_%d[] = YC__XSTR(", k);
            buf_put(&v, t->src.text + inv[k]->begin, inv[k]->end - inv[k]->begin);
            buf_puts(&v, ");\n");
        }
        for (int i = 0; yc_api_macros[i]; i++)
            buf_printf(&v, "#pragma pop_macro(\"YC__VIEW_%s\")\n", yc_api_macros[i] + 3);
    }
    buf_put(&v, t->lx.view + pos, t->lx.view_len - pos);
    *len = v.len;
    return buf_done(&v);
}

static int hex(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The value of a string literal as clang spells it (quoted, escaped). */
static char *unescape(const char *lit)
{
    Buf b = { 0 };
    const char *p = strchr(lit, '"');
    for (p = p ? p + 1 : lit; *p && *p != '"'; p++) {
        if (*p != '\\') {
            buf_put(&b, p, 1);
            continue;
        }
        char c = *++p, out = c;
        switch (c) {
        case 'a': out = '\a'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        case 'v': out = '\v'; break;
        case 'x': {
            int v = 0;
            while (hex(p[1]) >= 0)
                v = v * 16 + hex(*++p);
            out = (char)v;
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int i = 0; i < 2 && p[1] >= '0' && p[1] <= '7'; i++)
                    v = v * 8 + (*++p - '0');
                out = (char)v;
            }
            break;
        }
        buf_put(&b, &out, 1);
    }
    return buf_done(&b);
}

typedef struct Found {
    char **text;            /* [k]: the expansion of invocation k */
    int n;
} Found;

static enum CXChildVisitResult visit_literal(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    if (c.kind == CXCursor_StringLiteral) {
        *(char **)data = unescape(cx_take(clang_getCursorSpelling(c)));
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

static enum CXChildVisitResult visit_expansion(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Found *f = data;
    if (c.kind != CXCursor_VarDecl || !clang_Location_isFromMainFile(clang_getCursorLocation(c)))
        return CXChildVisit_Continue;
    char *name = cx_take(clang_getCursorSpelling(c));
    int k;
    if (sscanf(name, "yc__expansion_%d", &k) == 1 && k >= 0 && k < f->n)
        clang_visitChildren(c, visit_literal, &f->text[k]);
    return CXChildVisit_Continue;
}

/* The replacement of invocation inv by its expansion x, with the lines
   the invocation spans. */
static void put_expansion(Buf *b, const Tool *t, const Invocation *inv, const char *x)
{
    buf_printf(b, "/* %s: */ %s", inv->name, x);
    for (size_t i = inv->begin; i < inv->end; i++)
        if (t->src.text[i] == '\n')
            buf_puts(b, "\n");
}

/* The macro a #define, #undef or #pragma push_macro / pop_macro at token
   d changes (`_Pragma("pop_macro(\"X\")")` at d too), or NULL: an
   #include, or one not read. */
static char *changed_macro(Tool *t, int d)
{
    const Tok *toks = t->lx.toks;
    int n = t->lx.ntoks;
    size_t len;
    if (tok_is(t, &toks[d], "_Pragma")) {
        const char *s = tok_text(t, &toks[d + 2], &len);
        const char *q = strstr(yc_strndup(s, len), "_macro(\\\"");
        if (!q)
            return NULL;
        q += 9;
        return yc_strndup(q, strcspn(q, "\\\""));
    }
    if (d + 2 < n && (tok_is(t, &toks[d + 1], "define") || tok_is(t, &toks[d + 1], "undef")) &&
        toks[d + 2].in_directive && toks[d + 2].kind == TK_IDENT) {
        const char *s = tok_text(t, &toks[d + 2], &len);
        return yc_strndup(s, len);
    }
    if (d + 4 < n && tok_is(t, &toks[d + 1], "pragma") && toks[d + 4].in_directive &&
        toks[d + 4].kind == TK_LITERAL) {
        const char *s = tok_text(t, &toks[d + 4], &len);
        return len >= 2 ? yc_strndup(s + 1, len - 2) : NULL;
    }
    return NULL;
}

/* A #define, #undef, #include or #pragma push_macro / pop_macro (or
   _Pragma("pop_macro(...)")) between invocation inv and the end of its
   body, which would make its expansion there differ: its token index, or
   -1.  One that changes a macro the expansion does not use (not the
   macro, nor one its definitions name, however deep, nor one its
   arguments name: parse.c expansion_uses, reading the macro record once per
   name into `asked`) does not. */
static int directive_after(Tool *t, Map *asked, const Invocation *inv, size_t body_end)
{
    for (int i = tok_at_or_after(&t->lx, inv->end); i + 1 < t->lx.ntoks && t->lx.toks[i].begin < body_end; i++) {
        const Tok *tk = &t->lx.toks[i], *name = &t->lx.toks[i + 1];
        if (in_spans(&t->skipped, tk->begin))
            continue;
        bool changes = false;
        if (!tk->in_directive && tok_is(t, tk, "_Pragma") && tok_is(t, name, "(") && i + 2 < t->lx.ntoks &&
            t->lx.toks[i + 2].kind == TK_LITERAL) {
            size_t n;
            const char *s = tok_text(t, &t->lx.toks[i + 2], &n);
            char *lit = yc_strndup(s, n);
            changes = strstr(lit, "push_macro") || strstr(lit, "pop_macro");
        } else if (tk->in_directive && tok_is(t, tk, "#")) {
            changes = tok_is(t, name, "define") || tok_is(t, name, "undef") || tok_is(t, name, "include") ||
                      (tok_is(t, name, "pragma") && i + 2 < t->lx.ntoks && t->lx.toks[i + 2].in_directive &&
                       (tok_is(t, &t->lx.toks[i + 2], "push_macro") || tok_is(t, &t->lx.toks[i + 2], "pop_macro")));
        }
        if (!changes)
            continue;
        char *macro = changed_macro(t, i);
        if (!macro || expansion_uses(t, asked, inv->name, inv->begin, inv->end, macro))
            return i;
    }
    return -1;
}

bool expand_file(Tool *t, Source *out)
{
    Invocation **inv = yc_alloc(((size_t)t->invocations.len + 1) * sizeof *inv);
    int n = 0;
    /* An invocation in another's argument (`likely(RECV())`) is expanded
       with the outermost one holding it: the expansions replace text, and
       must not overlap. */
    Invocation *outer = NULL;
    for (int i = 0; i < t->invocations.len; i++) {
        Invocation *iv = &t->invocations.items[i];
        if (outer && iv->begin < outer->end) {
            if (iv->expand && !outer->expand) {
                outer->expand = true;
                inv[n++] = outer;
            }
            iv->expand = false;
            continue;
        }
        outer = iv;
        if (iv->expand)
            inv[n++] = iv;
    }
    Map asked = { 0 };      /* expansion_uses: the macro record read for each name changed */
    for (int k = 0; k < n; k++) {
        const GenDecl *body = body_of(t, inv[k]->begin);
        if (!body) {
            error_at(&t->diag, inv[k]->begin, "macro '%s' must be expanded in place, but it is not in a "
                     "generator's body: expand it by hand", inv[k]->name);
            return false;
        }
        int d = directive_after(t, &asked, inv[k], body->body_end);
        if (d >= 0) {
            error_at(&t->diag, t->lx.toks[d].begin, "this directive changes the macros after macro '%s', which "
                     "yieldc must expand in place in the generator's body: move it before the generator",
                     inv[k]->name);
            note_at(&t->diag, inv[k]->begin, "'%s' is expanded here", inv[k]->name);
            return false;
        }
    }
    size_t len;
    char *view = stringify_view(t, inv, n, &len);
    ParseArgs pa;
    parse_args(t, view, len, &pa);
    const char **args = yc_alloc(((size_t)pa.nargs + 2) * sizeof *args);
    memcpy(args, pa.args, (size_t)pa.nargs * sizeof *args);
    args[pa.nargs++] = "-ferror-limit=0";    /* clang must go on to the end of the file */
    args[pa.nargs++] = "-w";
    CXTranslationUnit tu;
    if (clang_parseTranslationUnit2(t->cx_index, t->clang_path, args, pa.nargs, pa.files, pa.nfiles,
                                    CXTranslationUnit_None, &tu) != CXError_Success) {
        error_at(&t->diag, inv[0]->begin, "cannot expand macro '%s' (libclang could not parse the file)", inv[0]->name);
        return false;
    }
    Found f = { yc_alloc(((size_t)n + 1) * sizeof *f.text), n };
    clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_expansion, &f);
    clang_disposeTranslationUnit(tu);

    Buf b = { 0 };
    *out = (Source){ .path = t->src.path };
    vec_reserve(&out->map, n);
    size_t pos = 0;
    bool ok = true;
    for (int k = 0; k < n; k++) {
        if (!f.text[k]) {
            error_at(&t->diag, inv[k]->begin, "cannot expand macro '%s' here", inv[k]->name);
            ok = false;
            continue;
        }
        buf_put(&b, t->src.text + pos, inv[k]->begin - pos);
        SrcMap m = { .parent = { inv[k]->begin, inv[k]->end }, .macro = inv[k]->name };
        for (int i = tok_at_or_after(&t->lx, inv[k]->begin); i < t->lx.ntoks && t->lx.toks[i].begin < inv[k]->end;
             i++)
            if (t->lx.toks[i].kind == TK_IDENT || t->lx.toks[i].kind == TK_KEYWORD) {
                size_t n_name;
                const char *name = tok_text(t, &t->lx.toks[i], &n_name);
                vec_push(&m.names, yc_strndup(name, n_name));
            }
        m.here.begin = b.len;
        put_expansion(&b, t, inv[k], f.text[k]);
        m.here.end = b.len;
        vec_push(&out->map, m);
        pos = inv[k]->end;
    }
    buf_put(&b, t->src.text + pos, t->src.len - pos);
    out->len = b.len;
    out->text = buf_done(&b);
    return ok;
}

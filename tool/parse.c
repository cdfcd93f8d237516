/*
** parse.c -- the second stage: libclang parses the parse view (see lex.c)
** with the user's flags and the runtime's include directory.  Clang's errors
** are reported at INPUT's own positions, in the words of the input language
** rather than those of the view (their notes by notes.c).  Also noted here:
** the inactive preprocessor branches, the files read, and the macros
** invoked in generator bodies, which parse and find may ask to have
** expanded in place (expand.c).
*/
#include "yc.h"
#include "cx.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

char *cx_take(CXString s)
{
    char *r = yc_strdup(clang_getCString(s) ? clang_getCString(s) : "");
    clang_disposeString(s);
    return r;
}

/* A type as clang spells it, for the output: LLVM 16 spells `__typeof__(T)`
   as `typeof(T)`, which C11 does not know. */
char *cx_type(CXType type)
{
    char *s = cx_take(clang_getTypeSpelling(type));
    if (!strstr(s, "typeof("))
        return s;
    Buf b = { 0 };
    for (const char *p = s; *p; p++) {
        bool word_start = p == s || !(p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z') ||
                                      (p[-1] >= 'A' && p[-1] <= 'Z') || (p[-1] >= '0' && p[-1] <= '9'));
        if (word_start && !strncmp(p, "typeof(", 7)) {
            buf_puts(&b, "__typeof__(");
            p += 6;
        } else {
            buf_put(&b, p, 1);
        }
    }
    return buf_done(&b);
}

static bool in_skipped(const Tool *t, size_t off)
{
    return in_spans(&t->skipped, off);
}

static bool drop_skipped(size_t off, void *t)
{
    return in_skipped(t, off);
}

static int cmp_span(const void *a, const void *b)
{
    const Span *x = a, *y = b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

/* Inactive preprocessor branches of the main file, as INPUT offsets:
   sorted and merged where they overlap, for in_spans. */
static void note_skipped(Tool *t, CXFile main_file)
{
    CXSourceRangeList *list = clang_getSkippedRanges(t->cx_tu, main_file);
    SpanVec all = { 0 };
    for (unsigned i = 0; i < list->count; i++) {
        unsigned b, e;
        clang_getFileLocation(clang_getRangeStart(list->ranges[i]), NULL, NULL, NULL, &b);
        clang_getFileLocation(clang_getRangeEnd(list->ranges[i]), NULL, NULL, NULL, &e);
        Span sp = { view_to_source(&t->lx, b), view_to_source(&t->lx, e) };
        if (sp.begin < sp.end)
            vec_push(&all, sp);
    }
    clang_disposeSourceRangeList(list);
    if (all.len > 1)
        qsort(all.items, (size_t)all.len, sizeof *all.items, cmp_span);
    t->skipped = (SpanVec){ 0 };
    for (int i = 0; i < all.len; i++) {
        Span *last = t->skipped.len ? &t->skipped.items[t->skipped.len - 1] : NULL;
        if (last && all.items[i].begin <= last->end) {
            if (all.items[i].end > last->end)
                last->end = all.items[i].end;
        } else {
            vec_push(&t->skipped, all.items[i]);
        }
    }
}

/* What reporting clang's diagnostics needs: the yields of generators, for
   the lookups of each diagnostic, by where their call begins in the view,
   by where their operand ends in INPUT (each then in source order, which
   is their order in t->lx.yields), and, those with an operand, by where it
   begins. */
typedef struct Reporter {
    Tool *t;
    CXFile main_file;
    const YieldTok **by_parse_off, **by_operand_end, **by_operand_begin;
    int nby, nby_operand;
    bool error_limit;       /* clang stopped reporting: -ferror-limit */
    OffVec storage_macros;  /* the generators whose storage_macro_after_generator error is out */
    VEC(CXFile) header_generators;  /* headers with a generator, reported: their errors at a
                                       `generator(` or about `yield` left out */
    SpanVec broken_heads;   /* generators whose declaration clang found in error (reported once):
                               its other errors there and those about its yields left out */
    size_t last_at;         /* the last error reported in INPUT, and its message (said_before) */
    char *last_msg;
} Reporter;

static int cmp_parse_off(const void *a, const void *b)
{
    const YieldTok *x = *(const YieldTok *const *)a, *y = *(const YieldTok *const *)b;
    if (x->parse_off != y->parse_off)
        return x->parse_off < y->parse_off ? -1 : 1;
    return x->kw < y->kw ? -1 : x->kw > y->kw;
}

static int cmp_operand_begin(const void *a, const void *b)
{
    const YieldTok *x = *(const YieldTok *const *)a, *y = *(const YieldTok *const *)b;
    return x->operand_begin < y->operand_begin ? -1 : x->operand_begin > y->operand_begin;
}

static int cmp_operand_end(const void *a, const void *b)
{
    const YieldTok *x = *(const YieldTok *const *)a, *y = *(const YieldTok *const *)b;
    if (x->operand_end != y->operand_end)
        return x->operand_end < y->operand_end ? -1 : 1;
    return x->kw < y->kw ? -1 : x->kw > y->kw;
}

static void index_yields(Reporter *r)
{
    const YieldTokVec *ys = &r->t->lx.yields;
    r->by_parse_off = yc_alloc(((size_t)ys->len + 1) * sizeof *r->by_parse_off);
    r->by_operand_end = yc_alloc(((size_t)ys->len + 1) * sizeof *r->by_operand_end);
    r->nby = 0;
    for (int i = 0; i < ys->len; i++) {
        const YieldTok *y = ys->items[i];
        if (y->gen) {
            r->by_parse_off[r->nby] = r->by_operand_end[r->nby] = y;
            r->nby++;
        }
    }
    if (r->nby > 1) {
        qsort(r->by_parse_off, (size_t)r->nby, sizeof *r->by_parse_off, cmp_parse_off);
        qsort(r->by_operand_end, (size_t)r->nby, sizeof *r->by_operand_end, cmp_operand_end);
    }
    r->by_operand_begin = yc_alloc(((size_t)r->nby + 1) * sizeof *r->by_operand_begin);
    r->nby_operand = 0;
    for (int i = 0; i < r->nby; i++)
        if (!r->by_parse_off[i]->bare)
            r->by_operand_begin[r->nby_operand++] = r->by_parse_off[i];
    if (r->nby_operand > 1)
        qsort(r->by_operand_begin, (size_t)r->nby_operand, sizeof *r->by_operand_begin, cmp_operand_begin);
}

typedef struct ReporterQuery {
    const Reporter *r;
    size_t off;
} ReporterQuery;

static bool parse_off_below(const void *ctx, int i)
{
    const ReporterQuery *q = ctx;
    return q->r->by_parse_off[i]->parse_off < q->off;
}

/* The yield whose call begins at view offset o, if any. */
static const YieldTok *yield_at(const Reporter *r, size_t o)
{
    ReporterQuery q = { r, o };
    int lo = lower_bound(r->nby, parse_off_below, &q);
    return lo < r->nby && r->by_parse_off[lo]->parse_off == o ? r->by_parse_off[lo] : NULL;
}

static bool operand_begin_below(const void *ctx, int i)
{
    const ReporterQuery *q = ctx;
    return q->r->by_operand_begin[i]->operand_begin < q->off;
}

/* The yield whose operand begins at source offset `off`, if any. */
static const YieldTok *yield_with_operand_at(const Reporter *r, size_t off)
{
    ReporterQuery q = { r, off };
    int lo = lower_bound(r->nby_operand, operand_begin_below, &q);
    return lo < r->nby_operand && r->by_operand_begin[lo]->operand_begin == off ? r->by_operand_begin[lo] : NULL;
}

/* The first yield (in source order) whose call begins at view_off, or
   whose operand does (clang puts a conversion's message there).  The
   operand is found by its place in INPUT: the view keeps INPUT's spaces
   between `yield` and it (`yc__yield( n)`). */
static const YieldTok *yield_near(const Reporter *r, size_t view_off)
{
    const YieldTok *a = yield_at(r, view_off);
    const YieldTok *b = yield_with_operand_at(r, view_to_source(&r->t->lx, view_off));
    return !a ? b : !b ? a : a->kw < b->kw ? a : b;
}

/* Replaces every `from` in s by `to`. */
static char *replace_all(const char *s, const char *from, const char *to)
{
    Buf b = { 0 };
    size_t n = strlen(from);
    for (const char *p; (p = strstr(s, from)); s = p + n) {
        buf_put(&b, s, (size_t)(p - s));
        buf_puts(&b, to);
    }
    buf_puts(&b, s);
    return buf_done(&b);
}

/* The macro whose #define holds source offset `off`, if any. */
static char *macro_at(Tool *t, size_t off)
{
    int i = tok_at_or_after(&t->lx, off);
    while (i > 0 && t->lx.toks[i].in_directive && !(t->lx.toks[i].kind == TK_PUNCT &&
                                                     tok_is(t, &t->lx.toks[i], "#")))
        i--;
    if (i + 2 < t->lx.ntoks && tok_is(t, &t->lx.toks[i + 1], "define"))
        return yc_strndup(t->src.text + t->lx.toks[i + 2].begin,
                          t->lx.toks[i + 2].end - t->lx.toks[i + 2].begin);
    return NULL;
}

/* The macro invoked at source offset `off`, if its body says `yield`. */
static char *yield_macro_used_at(Tool *t, size_t off)
{
    const Tok *tk = &t->lx.toks[tok_at_or_after(&t->lx, off)];
    for (int i = 0; i < t->lx.yield_macros.len; i++)
        if (tok_is(t, tk, t->lx.yield_macros.items[i]))
            return t->lx.yield_macros.items[i];
    return NULL;
}

static bool operand_end_below(const void *ctx, int i)
{
    const ReporterQuery *q = ctx;
    return q->r->by_operand_end[i]->operand_end < q->off;
}

/* The `yield from` whose operand ends at source offset `off`, if any. */
static const YieldTok *from_ending_at(const Reporter *r, size_t off)
{
    ReporterQuery q = { r, off };
    for (int i = lower_bound(r->nby, operand_end_below, &q); i < r->nby && r->by_operand_end[i]->operand_end == off; i++)
        if (r->by_operand_end[i]->is_from)
            return r->by_operand_end[i];
    return NULL;
}

/* Is `at` spelled in yieldc.h, the runtime header? */
static bool in_runtime_header(CXSourceLocation at)
{
    CXFile file;
    clang_getSpellingLocation(at, &file, NULL, NULL, NULL);
    if (!file)
        return false;
    const char *path = cx_take(clang_getFileName(file));
    const char *base = strrchr(path, '/');
    return !strcmp(base ? base + 1 : path, "yieldc.h");
}

/* The macro whose expansion d's first note names ("expanded from macro
   'X'"), and where it is defined; or NULL. */
static char *macro_of(CXDiagnostic d, CXSourceLocation *at)
{
    CXDiagnosticSet notes = clang_getChildDiagnostics(d);
    if (!notes || !clang_getNumDiagnosticsInSet(notes))
        return NULL;
    CXDiagnostic n = clang_getDiagnosticInSet(notes, 0);
    char *msg = cx_take(clang_getDiagnosticSpelling(n));
    *at = clang_getDiagnosticLocation(n);
    clang_disposeDiagnostic(n);
    static const char from[] = "expanded from macro '";
    if (strncmp(msg, from, sizeof from - 1))
        return NULL;
    return yc_strndup(msg + sizeof from - 1, strcspn(msg + sizeof from - 1, "'"));
}

/* The runtime's macro (yc_next, ...) an error is inside, from its first
   note ("expanded from macro 'yc_next'", at yieldc.h's definition), or
   NULL. */
static char *api_macro_of(CXDiagnostic d)
{
    CXSourceLocation at;
    char *name = macro_of(d, &at);
    return name && is_api_macro(name) && in_runtime_header(at) ? name : NULL;
}

/* A storage class that a macro between `generator(...)` and the name
   gives (`generator(int) PRIVATE int f(void)`, `#define PRIVATE static`):
   the view takes the macro for part of the result type, where clang
   refuses a storage class.  True if d is that error, reported so. */
static bool storage_macro_after_generator(Reporter *rp, CXDiagnostic d, const char *msg, size_t src)
{
    Tool *t = rp->t;
    if (!strstr(msg, "storage class") && !strstr(msg, "function specifier"))
        return false;
    for (int i = 0; i < rp->storage_macros.len; i++)
        if (rp->storage_macros.items[i] == src)
            return true;    /* (the view names the result type more than once) */
    const GenDecl *g = NULL;
    for (int i = 0; i < t->lx.decls.len && !g; i++)
        if (t->lx.decls.items[i]->kw == src)
            g = t->lx.decls.items[i];
    CXSourceLocation def;
    char *name = g ? macro_of(d, &def) : NULL;
    if (!name)
        return false;
    size_t at = g->kw;
    for (int k = tok_at_or_after(&t->lx, g->kw); k < t->lx.ntoks && t->lx.toks[k].begin < g->name_off; k++)
        if (tok_is(t, &t->lx.toks[k], name)) {
            at = t->lx.toks[k].begin;
            break;
        }
    vec_push(&rp->storage_macros, src);
    error_at(&t->diag, at, "macro '%s' gives generator '%s' a storage class or function specifier after "
                           "'generator(...)', where the result type goes: write it before 'generator(...)' "
                           "('%s generator(%s%s%s) ...')",
             name, g->name, name, g->ytype, g->stype ? ", " : "", g->stype ? g->stype : "");
    return true;
}

/* An error of the view's definition of runtime macro `api` (a member of
   its argument) in the input's terms: what the macro was given; or NULL. */
static char *reword_api(const char *m, const char *api)
{
    static const char not_ptr[] = "member reference type '";
    static const char base[] = "member reference base type '";
    static const char no_pl[] = "no member named 'yc__pl' in '";
    const char *p;
    if (!strncmp(m, not_ptr, sizeof not_ptr - 1)) {
        p = m + sizeof not_ptr - 1;
        int n = (int)strcspn(p, "'");
        if (!strncmp(p, "struct ", 7) || !strncmp(p, "union ", 6))
            return yc_format("'%s' takes a pointer to a generator object, not a '%.*s' itself: pass its "
                             "address (&)", api, n, p);
        return yc_format("'%s' takes a pointer to a generator object, not '%.*s'", api, n, p);
    }
    if (!strncmp(m, base, sizeof base - 1)) {
        p = m + sizeof base - 1;
        return yc_format("'%s' takes a pointer to a generator object, not a pointer to '%.*s'", api,
                         (int)strcspn(p, "'"), p);
    }
    if (!strncmp(m, no_pl, sizeof no_pl - 1)) {
        p = m + sizeof no_pl - 1;
        return yc_format("'%s' takes a pointer to a generator object, and '%.*s' is not a generator", api,
                         (int)strcspn(p, "'"), p);
    }
    return NULL;
}

typedef struct FrameQuery {
    const char *name;       /* a struct's tag */
    bool found, is_frame;
} FrameQuery;

static enum CXVisitorResult visit_frame_field(CXCursor c, CXClientData data)
{
    if (!strcmp(cx_take(clang_getCursorSpelling(c)), "yc__pl"))
        ((FrameQuery *)data)->is_frame = true;
    return CXVisit_Continue;
}

static enum CXChildVisitResult visit_struct_named(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    FrameQuery *q = data;
    if (c.kind == CXCursor_StructDecl && clang_isCursorDefinition(c) &&
        !strcmp(cx_take(clang_getCursorSpelling(c)), q->name)) {
        q->found = true;
        clang_Type_visitFields(clang_getCursorType(c), visit_frame_field, q);
    }
    /* into functions too: a struct may be declared in one */
    return q->is_frame ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* Is `struct name` a generator's frame, this file's or a header's (the
   view gives each a field yc__pl)?  Not found, it may be: the message
   then stays the one for a generator.  (Only on the way to an error.) */
static bool is_frame_struct(Tool *t, const char *name)
{
    FrameQuery q = { name, false, false };
    clang_visitChildren(clang_getTranslationUnitCursor(t->cx_tu), visit_struct_named, &q);
    return q.is_frame || !q.found;
}

/* The message in the input's terms (api: the runtime's macro it is in). */
static char *reword(Reporter *r, const char *msg, const YieldTok *y, size_t src_off, const char *api)
{
    Tool *t = r->t;
    char *m = replace_all(msg, "yc__body_", "");
    const char *p;
    const YieldTok *from = from_ending_at(r, src_off);
    static const char ptr[] = "member reference type '";
    const char *end;
    if (from && (p = strstr(m, ptr)) && (end = strstr(p, "' is a pointer"))) {
        /* a call, which reads as a generator's constructor, of a function
           that returns a pointer */
        const char *type = p + sizeof ptr - 1;
        return yc_format("'yield from' takes a call for one that makes a generator, but this one returns '%.*s': "
                         "keep the pointer in a variable first, and 'yield from' that", (int)(end - type), type);
    }
    static const char plr[] = "no member named 'yc__plr' in '";
    static const char base[] = "member reference base type '";
    if (from && (p = strstr(m, plr)))
        return yc_format("'yield from' needs a generator: a call of one, or a pointer to a generator object, "
                         "and '%.*s' is not a generator", (int)strcspn(p + sizeof plr - 1, "'"), p + sizeof plr - 1);
    if (from && (p = strstr(m, base))) {
        p += sizeof base - 1;
        int n = (int)strcspn(p, "'");
        bool implicit = from->from_call && n == 3 && !strncmp(p, "int", 3);
        return yc_format("'yield from' needs a generator: a call of one, or a pointer to a generator object, "
                         "and this is '%.*s'%s", n, p,
                         implicit ? " (is the function declared before this, as a generator?)" : "");
    }
    if (from && (strstr(m, "member reference") || strstr(m, "yc__plr")))
        return yc_format("'yield from' needs a generator: a call of one, or a pointer to a generator "
                         "object (%s)", m);
    char *a = api && !from ? reword_api(m, api) : NULL;
    if (a)
        return a;
    static const char sent[] = "no member named 'yc__pl_sent' in 'struct ";
    static const char value[] = "no member named 'yc_value' in 'struct ";
    static const char result[] = "no member named 'yc_result' in 'struct ";
    if ((p = strstr(m, sent))) {
        p += sizeof sent - 1;
        return yc_format("'yc_send' on generator '%.*s', which has no send type: declare it "
                         "generator(Y, S) to receive values", (int)strcspn(p, "'"), p);
    }
    bool is_value = (p = strstr(m, value)) != NULL;
    if (is_value || (p = strstr(m, result))) {
        p += is_value ? sizeof value - 1 : sizeof result - 1;
        char *name = yc_strndup(p, strcspn(p, "'"));
        if (!is_frame_struct(t, name))
            return yc_format("'%s' takes a pointer to a generator object, and 'struct %s' is not a generator",
                             is_value ? "yc_value" : "yc_result", name);
        return is_value ? yc_format("'yc_value' on generator '%s', which yields void", name)
                        : yc_format("'yc_result' on generator '%s', whose result type is void", name);
    }
    if (strstr(m, "no member named 'yc__pl'"))
        return yc_format("the argument of this yieldc call is not a pointer to a generator "
                         "(%s)", m);
    if (strstr(m, "undeclared identifier 'yield'")) {
        char *mac = macro_at(t, src_off);
        if (!mac)
            mac = yield_macro_used_at(t, src_off);
        if (mac)
            return yc_format("'yield' inside macro '%s' is not supported: write the yield in the "
                             "generator's body", mac);
    }
    if (y) {
        GenDecl *g = y->gen;
        if (strstr(m, "incompatible type 'void'") || strstr(m, "void value not ignored") ||
            (!g->stype && !y->is_from && (strstr(m, "of type 'void'") || strstr(m, "array subscript is not an integer"))))
            return yc_format("'yield' has no value here: generator '%s' has no send type "
                             "(declare it generator(%s, S) to receive values)", g->name, g->ytype);
        if ((p = strstr(m, "passing '")))
            return yc_format("cannot yield a value of type '%.*s' from generator '%s', whose yield "
                             "type is '%s'", (int)strcspn(p + 9, "'"), p + 9, g->name, g->ytype);
        if (strstr(m, "constant"))
            return yc_format("'yield' in a constant expression (%s)", m);
    }
    return replace_all(m, "yc__yield", "yield");
}

/* A warning at a yield about an assignment that C does not allow (an
   integer into a pointer, pointers to incompatible types): the yield's
   value does not convert to Y, an error.  Conversions C allows and
   compilers may warn about (-Wconversion, -Wfloat-conversion, ...) are
   the C compiler's to report, at the yield's line, on the output. */
static bool is_conversion_error(CXDiagnostic d)
{
    static const char *const forbidden[] = { "-Wint-conversion", "-Wincompatible-pointer-types",
                                             "-Wincompatible-pointer-types-discards-qualifiers",
                                             "-Wincompatible-function-pointer-types", "-Wpointer-sign",
                                             NULL };
    CXString dis;
    char *opt = cx_take(clang_getDiagnosticOption(d, &dis));
    clang_disposeString(dis);
    for (int i = 0; forbidden[i]; i++)
        if (!strcmp(opt, forbidden[i]))
            return true;
    return false;
}

/* In a header's line (text, an error at column col0, from 0): the
   `generator` of a `generator(` at or before it, or NULL. */
static const char *header_generator(const char *text, size_t col0)
{
    for (const char *p = text; p <= text + col0; p++) {     /* (at the error too: libclang 16's) */
        bool starts = p == text || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
        if (starts && !strncmp(p, "generator", 9)) {
            const char *q = p + 9;
            while (*q == ' ' || *q == '\t')
                q++;
            if (*q == '(')
                return p;
        }
    }
    return NULL;
}

static void request_yield_macro(Tool *t, size_t off);

/* Is source offset off in a generator's body, outside a directive? */
static bool in_generator_body(const Tool *t, size_t off)
{
    int k = tok_at_or_after((Lexed *)&t->lx, off);
    if (k < t->lx.ntoks && t->lx.toks[k].begin <= off && t->lx.toks[k].in_directive)
        return false;
    for (int i = 0; i < t->lx.decls.len; i++) {
        const GenDecl *d = t->lx.decls.items[i];
        if (d->body_end && off > d->body_begin && off < d->body_end)
            return true;
    }
    return false;
}

/* The yield that the parentheses at source offset off hold: `(yield x)`. */
static const YieldTok *parenthesized_yield(const Tool *t, size_t off)
{
    int k = tok_at_or_after((Lexed *)&t->lx, off);
    if (k >= t->lx.ntoks || t->lx.toks[k].begin != off || !tok_is(t, &t->lx.toks[k], "("))
        return NULL;
    while (k < t->lx.ntoks && tok_is(t, &t->lx.toks[k], "("))
        k++;
    if (k >= t->lx.ntoks || !tok_is(t, &t->lx.toks[k], "yield"))
        return NULL;
    for (int i = 0; i < t->lx.yields.len; i++)
        if (t->lx.yields.items[i]->kw == t->lx.toks[k].begin)
            return t->lx.yields.items[i];
    return NULL;
}

/* The generator in whose declaration's view text clang's error at view
   offset v is: the text inserted for `generator(...) R` (its types are
   written there several times: a frame's fields, the yield's function),
   or the declaration of the yield's function inserted after its `{`. */
static const GenDecl *head_at(Tool *t, size_t v)
{
    size_t at;
    if (!view_inserted_at(&t->lx, v, &at))
        return NULL;
    for (int i = 0; i < t->lx.decls.len; i++) {
        const GenDecl *d = t->lx.decls.items[i];
        if (at == d->kw || (d->body_end && at == d->body_begin + 1))
            return d;
    }
    return NULL;
}

/* Where INPUT writes, in generator d's declaration, the name clang's
   message quotes first ('strct' in "unknown type name 'strct'"; the last
   word of 'struct opaque'), else the first token in `generator(...)`. */
static size_t quoted_in_head(const Tool *t, const GenDecl *d, const char *msg)
{
    int first = tok_at_or_after((Lexed *)&t->lx, d->kw) + 2;
    size_t fallback = first < t->lx.ntoks ? t->lx.toks[first].begin : d->kw;
    const char *q = strchr(msg, '\'');
    const char *e = q ? strchr(q + 1, '\'') : NULL;
    if (!e || e == q + 1)
        return fallback;
    for (const char *w = e - 1; w > q + 1; w--)
        if (w[-1] == ' ' || w[-1] == '*') {
            q = w - 1;
            break;
        }
    size_t n = (size_t)(e - q - 1);
    for (int i = tok_at_or_after((Lexed *)&t->lx, d->kw); i < t->lx.ntoks && t->lx.toks[i].begin < d->params_end;
         i++) {
        size_t len;
        const char *text = tok_text(t, &t->lx.toks[i], &len);
        if (len == n && !memcmp(text, q + 1, n))
            return t->lx.toks[i].begin;
    }
    return fallback;
}

/* Was this message the last one, at the same place?  (clang's error
   for the view's own parenthesis, `yc__yield(`, repeats the one before.)
   Else it is now. */
static bool said_before(Reporter *rp, size_t at, char *msg)
{
    if (rp->last_msg && rp->last_at == at && !strcmp(rp->last_msg, msg))
        return true;
    rp->last_at = at;
    rp->last_msg = msg;
    return false;
}

static bool in_broken_head(const Reporter *rp, size_t src)
{
    for (int i = 0; i < rp->broken_heads.len; i++)
        if (src >= rp->broken_heads.items[i].begin && src < rp->broken_heads.items[i].end)
            return true;
    return false;
}

static void report(Reporter *rp, CXDiagnostic d)
{
    Tool *t = rp->t;
    CXFile main_file = rp->main_file;
    enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
    CXSourceLocation loc = clang_getDiagnosticLocation(d);
    CXFile file;
    unsigned line, col, off;
    clang_getFileLocation(loc, &file, &line, &col, &off);   /* a macro argument's own place */
    bool in_main = file && clang_File_isEqual(file, main_file);
    unsigned at = off;      /* where clang put it (off may move to the yield, below) */
    const YieldTok *y = in_main ? yield_near(rp, off) : NULL;
    for (unsigned i = 0; in_main && !y && i < clang_getDiagnosticNumRanges(d); i++) {
        unsigned r;
        clang_getExpansionLocation(clang_getRangeStart(clang_getDiagnosticRange(d, i)), NULL, NULL, NULL, &r);
        if (!(y = yield_near(rp, r)))
            y = parenthesized_yield(t, view_to_source(&t->lx, r));   /* a[(yield 1)], (int)(yield 1) */
        if (y && y->is_from)
            y = NULL;   /* its errors are found where its operand ends */
        if (y)
            off = (unsigned)y->parse_off;
    }
    char *msg = cx_take(clang_getDiagnosticSpelling(d));
    /* A `yield` that a macro invoked in a generator's body writes there
       (`undeclared identifier 'yield'`; `yield (x)` is an implicit
       declaration of a function to C99): the macro is expanded in place,
       and the text read again. */
    if (in_main && strstr(msg, "'yield'")) {
        unsigned ex;
        clang_getExpansionLocation(loc, NULL, NULL, NULL, &ex);
        request_yield_macro(t, view_to_source(&t->lx, ex));
    }
    if (strstr(msg, "too many errors emitted"))
        rp->error_limit = true;
    /* an unterminated literal in a generator's body: clang warns, and
       its error after it ("expected expression") does not say why (gcc's
       is an error); in a #define, or elsewhere, it is clang's warning */
    bool unterminated = sev == CXDiagnostic_Warning && !strncmp(msg, "missing terminating", 19) && in_main &&
                        in_generator_body(t, view_to_source(&t->lx, off));
    if (sev < CXDiagnostic_Error && !(sev == CXDiagnostic_Warning && y && is_conversion_error(d)) && !unterminated)
        return;
    if (in_main) {
        size_t src = view_to_source(&t->lx, off);
        CXFile sfile;
        unsigned soff;
        clang_getSpellingLocation(loc, &sfile, NULL, NULL, &soff);
        size_t spelled = sfile && clang_File_isEqual(sfile, main_file) ? view_to_source(&t->lx, soff) : src;
        /* (clang's errors in an inactive branch are its directives' own:
           '#if 1 +', an unterminated '#if') */
        if (diag_line_has_error(&t->diag, source_line(&t->src, src)) || in_spans(&t->macro_generators, src) ||
            in_spans(&t->lx.refused_decls, src))
            return;     /* a consequence of the tool's own error there */
        if (storage_macro_after_generator(rp, d, msg, src))
            return;
        const GenDecl *head = head_at(t, at);
        /* one error for a generator's declaration: clang reads the types
           of `generator(...)` and R in several places of the view, and
           its other errors there, and those about its yields (whose
           function's type is in error), follow from the first */
        if (in_broken_head(rp, src) && (head || y || strstr(msg, "'yield'") || strstr(msg, "yc__")))
            return;
        if (head) {
            vec_push(&rp->broken_heads, ((Span){ head->kw, head->body_end ? head->body_end : head->end }));
            size_t at_name = quoted_in_head(t, head, msg);
            if (said_before(rp, at_name, msg))
                return;
            if (!strncmp(msg, "field has incomplete type", 25))
                error_at(&t->diag, at_name, "the frame of generator '%s' holds its yield, send and result values: "
                         "their types must be complete here, and%s is not", head->name, msg + 25);
            else
                error_at(&t->diag, at_name, "%s", reword(rp, msg, y, spelled, api_macro_of(d)));
            notes_report(t, d, main_file);
            return;
        }
        const YieldTok *from = from_ending_at(rp, view_to_source(&t->lx, at));
        size_t where = from ? from->operand_begin : src;
        if (said_before(rp, where, msg))
            return;
        error_at(&t->diag, where, "%s", reword(rp, msg, y, spelled, api_macro_of(d)));
        notes_report(t, d, main_file);
        return;
    }
    if (!file && strstr(msg, "too many errors emitted"))
        return;     /* clang's -ferror-limit: the tool says it itself, at its 51st error */
    /* a flag of the user's compiler that clang does not know (gcc's
       -fconserve-stack, -fanalyzer...): clang parses without it, and the
       user's flags never stop the transformation (SPEC 5) */
    if (!file && (!strncmp(msg, "unknown argument", 16) || !strncmp(msg, "unsupported option", 18) ||
                  !strncmp(msg, "unsupported argument", 20)))
        return;
    char *path = file ? cx_take(clang_getFileName(file)) : yc_strdup("<command line>");
    const char *text = NULL;
    size_t len = 0;
    if (file) {
        size_t flen;
        const char *all = clang_getFileContents(t->cx_tu, file, &flen);
        if (all) {
            size_t bol = off, eol = off;
            while (bol > 0 && all[bol - 1] != '\n')
                bol--;
            while (eol < flen && all[eol] != '\n')
                eol++;
            text = all + bol;
            len = eol - bol;
        }
        const char *g = text ? header_generator(text, off - (size_t)(text - all)) : NULL;
        bool seen = false;  /* a header whose generator is reported */
        for (int i = 0; i < rp->header_generators.len && !seen; i++)
            seen = clang_File_isEqual(rp->header_generators.items[i], file);
        if (seen && (g || strstr(msg, "'yield'")))
            return;     /* a consequence of the error below */
        if (g) {
            vec_push(&rp->header_generators, file);
            diag_print(&t->diag, path, line, (unsigned)(g - text) + 1, "error",
                       "'generator(...)' in a header: yieldc transforms the file it is given, not the headers "
                       "it includes; define generators in a .c file, and give other files their declarations "
                       "with --header", text, len);
            return;
        }
    }
    if (!file || !strcmp(path, "<built-in>") || !strcmp(path, "<command line>"))
        line = col = 0;     /* (the view's own -include and -D lines: their numbers are not the user's) */
    diag_print(&t->diag, file ? path : "<command line>", line, col, "error",
               reword(rp, msg, NULL, 0, api_macro_of(d)), text, len);
    notes_report(t, d, main_file);
}

typedef struct Inclusions {
    Tool *t;
    CXFile main_file;
} Inclusions;

/* Each file the parse read: is yieldc.h among them?  And the others than
   INPUT, in order, for a dependency file (deps.c). */
static void note_inclusion(CXFile inc, CXSourceLocation *stack, unsigned n, CXClientData data)
{
    (void)stack;
    (void)n;
    Inclusions *in = data;
    Tool *t = in->t;
    char *name = cx_take(clang_getFileName(inc));
    size_t len = strlen(name);
    if (len >= 9 && !strcmp(name + len - 9, "/yieldc.h"))
        t->includes_runtime = true;
    if (!clang_File_isEqual(inc, in->main_file)) {
        bool system = clang_Location_isInSystemHeader(clang_getLocationForOffset(t->cx_tu, inc, 0));
        vec_push(&t->files_read, ((FileRead){ name, system }));
    }
}

/* Not a file on disk: libclang gets its text with the view's. */
static const char defining_h[] = "/yieldc-view/defining.h";

/* The directory a search flag gives (`-Igen`, `-I gen`, `-iquote`,
   `-isystem`, `-idirafter`, `--include-directory=`), or NULL; *used: the
   arguments it takes. */
static const char *search_dir(const Tool *t, int i, int *used)
{
    static const char *const flags[] = { "--include-directory=", "-iquote", "-isystem", "-idirafter", "-I=", "-I",
                                         NULL };
    const char *a = t->clang_args[i];
    *used = 1;
    for (int k = 0; flags[k]; k++) {
        size_t n = strlen(flags[k]);
        if (strncmp(a, flags[k], n))
            continue;
        if (a[n])
            return a + n;
        if (flags[k][n - 1] == '=' || i + 1 >= t->nclang_args)
            return NULL;
        *used = 2;
        return t->clang_args[i + 1];
    }
    return NULL;
}

/* A C standard before C99 (`-std=c89`, `-ansi`): yieldc.h and the view
   need C99's `inline` and `bool`, and the user's flags never break the
   transformation (SPEC 5): the parse reads the file as C99 (GNU's, for
   `gnu89`); the output is C11 anyway. */
static const char *standard_for_parse(const char *a)
{
    static const char *const c89[] = { "-std=c89", "-std=c90", "-std=iso9899:1990", "-std=iso9899:199409", "-ansi",
                                       "--ansi", NULL };
    for (int i = 0; c89[i]; i++)
        if (!strcmp(a, c89[i]))
            return "-std=c99";
    if (!strcmp(a, "-std=gnu89") || !strcmp(a, "-std=gnu90"))
        return "-std=gnu99";
    return a;
}

/* INPUT may include its own header from --header: for the parse it is
   empty, its declarations being INPUT's own.  A clean build has not
   written it yet, and an old one may name what is gone (a header INPUT
   no longer includes).  An in-memory file stands for it: under its own
   path when it exists (clang then finds it under any name), else under
   each name clang may look it up by (a file in memory is found by its
   path as spelled): each directory INPUT's includes may reach it from
   (beside INPUT, a search flag's directory, relative ones from the
   compile database's working directory), joined as clang joins them,
   with the directory an `#include "dir/NAME.h"` spells. */
static void own_header_files(const Tool *t, ParseArgs *pa)
{
    const size_t room = sizeof pa->files / sizeof *pa->files;
    struct stat st;
    if (stat(t->header_path, &st) == 0) {
        if (pa->nfiles < room)
            pa->files[pa->nfiles++] = (struct CXUnsavedFile){ t->header_path, "", 0 };
        return;
    }
    char *dir = yc_strdup(t->header_path), *slash = strrchr(dir, '/');
    const char *base = slash ? slash + 1 : t->header_path;
    if (slash)
        *slash = '\0';
    char *real_dir = realpath(slash ? (*dir ? dir : "/") : ".", NULL);
    if (!real_dir)
        return;
    const char *wd = NULL;      /* -working-directory=, from -p */
    for (int i = 0; i < t->nclang_args; i++)
        if (!strncmp(t->clang_args[i], "-working-directory=", 19))
            wd = t->clang_args[i] + 19;
    StrVec dirs = { 0 };
    char *input_dir = yc_strdup(t->clang_path);
    if (strrchr(input_dir, '/'))
        *strrchr(input_dir, '/') = '\0';
    vec_push(&dirs, input_dir);
    for (int i = 0, used; i < t->nclang_args; i += used) {
        const char *d = search_dir(t, i, &used);
        if (d && *d)
            vec_push(&dirs, (char *)d);
    }
    /* the directories INPUT's includes of NAME.h spell: "" for none */
    StrVec spelled = { 0 };
    vec_push(&spelled, "");
    for (int i = 0; i + 2 < t->lx.ntoks; i++) {
        const Tok *tk = &t->lx.toks[i];
        if (!tk->in_directive || !tok_is(t, tk, "#") || !tok_is(t, &t->lx.toks[i + 1], "include"))
            continue;
        size_t n;
        const char *name = tok_text(t, &t->lx.toks[i + 2], &n);
        size_t bl = strlen(base);
        if (n > bl + 2 && (name[0] == '"' || name[0] == '<') && !strncmp(name + n - 1 - bl, base, bl) &&
            name[n - 2 - bl] == '/')
            vec_push(&spelled, yc_strndup(name + 1, n - 2 - bl));    /* `dir/` */
    }
    for (int i = 0; i < dirs.len; i++) {
        const char *d = dirs.items[i];
        size_t dl = strlen(d);
        if (dl > 1 && d[dl - 1] == '/')     /* clang drops one trailing slash */
            dl--;
        for (int k = 0; k < spelled.len && pa->nfiles < room; k++) {
            char *look = yc_format("%.*s%s%s%s", (int)dl, d, dl && d[dl - 1] == '/' ? "" : "/", spelled.items[k],
                                   base);
            char *look_dir = yc_strdup(look);
            *strrchr(look_dir, '/') = '\0';
            char *r = realpath(look_dir[0] != '/' && wd ? yc_format("%s/%s", wd, look_dir) : look_dir, NULL);
            if (r && !strcmp(r, real_dir))
                pa->files[pa->nfiles++] = (struct CXUnsavedFile){ look, "", 0 };
            free(r);
        }
    }
    free(real_dir);
}

/* Could the user's flags make clang tell which files the parse reads (a
   dependency file, -H, or anything passed on unseen)?  Then the file
   above must not be among them. */
static bool may_list_files(const Tool *t)
{
    static const char *const prefixes[] = { "-M", "-H", "--trace-includes", "-Wp,", "-Xclang", "-Xpreprocessor",
                                            "--write-", "--dependencies", "--user-dependencies", "-show-includes",
                                            "/showIncludes", "-ftime-trace", "-dependency", "-header-include",
                                            "-sys-header-deps", "-module-dependency", "@", NULL };
    for (int i = 0; i < t->nclang_args; i++)
        for (int k = 0; prefixes[k]; k++)
            if (!strncmp(t->clang_args[i], prefixes[k], strlen(prefixes[k])))
                return true;
    return false;
}

/* Flags that would turn clang's warnings into errors: the parse reads
   clang's errors only, and yieldc itself decides which warnings at a
   yield are errors, so the user's -Werror must not make a warning in
   their code (or in the view) an error here. */
static bool drops_flag(const char *a)
{
    return !strcmp(a, "-Werror") || !strncmp(a, "-Werror=", 8) || !strcmp(a, "-pedantic-errors") ||
           !strcmp(a, "--pedantic-errors") || !strcmp(a, "-Wfatal-errors");
}

/* The arguments and in-memory files for a parse of `view` (of length
   len): the user's flags (but those of drops_flag), the runtime's include
   directory, the generators this file defines. */
void parse_args(const Tool *t, const char *view, size_t len, ParseArgs *pa)
{
    int n = 0;
    const char **args = yc_alloc(((size_t)t->nclang_args + (size_t)t->lx.decls.len + 12) * sizeof *args);
    /* A header from --header of this very file must not show these again:
       YC__DEFINING_<name> for each generator.  A file that defines them,
       included before the user's own -include files, costs clang far less
       than as many -D options (6251 of them: 160M instructions, the file
       20M); -D is kept where the flags could list the files read. */
    pa->files[0] = (struct CXUnsavedFile){ t->clang_path, view, (unsigned long)len };
    pa->nfiles = 1;
    /* --ide-view hands the flags to another clang: no in-memory files */
    bool by_file = t->lx.decls.len && !may_list_files(t) && !IS_IDE_REPORT(t->report);
    if (by_file) {
        Buf defs = { 0 };
        for (int i = 0; i < t->lx.decls.len; i++)
            buf_printf(&defs, "#define YC__DEFINING_%s 1\n", t->lx.decls.items[i]->name);
        unsigned long dlen = (unsigned long)defs.len;
        pa->files[pa->nfiles++] = (struct CXUnsavedFile){ defining_h, buf_done(&defs), dlen };
        args[n++] = "-include";
        args[n++] = defining_h;
    }
    if (t->header_path && !IS_IDE_REPORT(t->report))
        own_header_files(t, pa);
    for (int i = 0; i < t->nclang_args; i++)
        if (!drops_flag(t->clang_args[i]))
            args[n++] = IS_IDE_REPORT(t->report) ? t->clang_args[i] : standard_for_parse(t->clang_args[i]);
    pa->nuser = n;
    for (int i = 0; !by_file && i < t->lx.decls.len; i++)
        args[n++] = yc_format("-DYC__DEFINING_%s", t->lx.decls.items[i]->name);
    args[n++] = "-D__YIELDC__=1";
    args[n++] = "-I";
    args[n++] = t->runtime_dir;
    /* what clang 15 and 16 made errors (gcc 12 warns): as clang 14 has
       them, warnings, so that the three give one output; at a yield, a
       conversion is yieldc's error whatever the version (is_conversion_error) */
    if (!IS_IDE_REPORT(t->report)) {    /* (an editor's clang says what it says) */
        args[n++] = "-Wno-error=implicit-function-declaration";
        args[n++] = "-Wno-error=implicit-int";
        args[n++] = "-Wno-error=int-conversion";
        args[n++] = "-Wno-error=incompatible-function-pointer-types";
        args[n++] = "-ferror-limit=50";
    }
    pa->args = args;
    pa->nargs = n;
}

/* libclang over the current view (the one made before is gone); its
   skipped ranges noted. */
bool parse_view(Tool *t)
{
    if (t->cx_tu) {
        clang_disposeTranslationUnit(t->cx_tu);
        t->cx_tu = NULL;
    }
    ParseArgs pa;
    parse_args(t, t->lx.view, t->lx.view_len, &pa);
    CXTranslationUnit tu;
    enum CXErrorCode rc = clang_parseTranslationUnit2(t->cx_index, t->clang_path, pa.args, pa.nargs, pa.files,
                                                      pa.nfiles, CXTranslationUnit_DetailedPreprocessingRecord, &tu);
    if (rc != CXError_Success) {
        fprintf(stderr, "%s: error: clang could not parse this file (libclang error %d): check the flags it was "
                        "given (after '--', or from -p)\n", t->src.path, rc);
        t->flags_rejected = rc != CXError_Crashed;  /* (the text is in memory: the flags are what is left) */
        return false;
    }
    t->cx_tu = tu;
    note_skipped(t, clang_getFile(tu, t->clang_path));
    return true;
}

/* Does an inactive branch hold a token (not a directive's) inside the
   extent of a generator's declaration or body, as the first scan saw it?
   The first scan read inactive branches as code: a generator there, or a
   brace in both branches of an #ifdef inside one, made the view as if
   they were.  Then lex must scan again without those branches
   (lex_again), and the new view be parsed. */
bool parse_inactive_in_generators(const Tool *t)
{
    const Lexed *lx = &t->lx;
    for (int i = 0; i < lx->decls.len; i++) {
        const GenDecl *d = lx->decls.items[i];
        size_t end = d->body_end ? d->body_end : d->params_end ? d->params_end : d->kw + 1;
        for (int r = 0; r < t->skipped.len; r++) {
            Span sk = t->skipped.items[r];
            size_t b = sk.begin > d->kw ? sk.begin : d->kw;
            size_t e = sk.end < end ? sk.end : end;
            for (int k = b < e ? tok_at_or_after((Lexed *)lx, b) : lx->ntoks; k < lx->ntoks && lx->toks[k].begin < e; k++)
                if (!lx->toks[k].in_directive)
                    return true;
        }
    }
    return false;
}

/* ---- macro invocations in generators ---- */

typedef struct Invocations {
    Tool *t;
    SpanVec bodies;         /* the generators' declarations and bodies, in order */
} Invocations;

/* Is macro definition def yieldc.h's (the runtime header's)? */
static bool is_runtime_definition(CXCursor def)
{
    return def.kind == CXCursor_MacroDefinition && in_runtime_header(clang_getCursorLocation(def));
}

static enum CXChildVisitResult visit_invocation(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Invocations *iv = data;
    if (c.kind != CXCursor_MacroExpansion || !clang_Location_isFromMainFile(clang_getCursorLocation(c)))
        return CXChildVisit_Continue;
    CXSourceRange r = clang_getCursorExtent(c);
    unsigned b, e;
    clang_getFileLocation(clang_getRangeStart(r), NULL, NULL, NULL, &b);
    clang_getFileLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
    size_t begin = view_to_source(&iv->t->lx, b);
    if (!in_spans(&iv->bodies, begin))
        return CXChildVisit_Continue;
    Invocation inv = { begin, view_to_source(&iv->t->lx, e), cx_take(clang_getCursorSpelling(c)), false, false, 0 };
    CXCursor def = clang_getCursorReferenced(c);
    inv.runtime = is_api_macro(inv.name) && is_runtime_definition(def);
    if (!clang_Cursor_isNull(def))
        inv.definition = clang_hashCursor(def);
    vec_push(&iv->t->invocations, inv);
    return CXChildVisit_Continue;
}

static int cmp_invocation(const void *a, const void *b)
{
    const Invocation *x = a, *y = b;
    return x->begin < y->begin ? -1 : x->begin > y->begin;
}

/* The macros invoked in the generators' declarations and bodies, from the
   preprocessing record. */
static void note_invocations(Tool *t)
{
    Invocations iv = { .t = t };
    for (int i = 0; i < t->lx.decls.len; i++) {
        const GenDecl *d = t->lx.decls.items[i];
        if (!in_skipped(t, d->kw))  /* the name too: find refuses one that is a macro */
            vec_push(&iv.bodies, ((Span){ d->kw, d->body_end ? d->body_end : d->params_end }));
    }
    t->invocations.len = 0;
    if (iv.bodies.len)
        clang_visitChildren(clang_getTranslationUnitCursor(t->cx_tu), visit_invocation, &iv);
    vec_sort(&t->invocations, cmp_invocation);
}

/* ---- macros that say a word: `yield`, `generator(`, another macro ---- */

/* The definitions of a macro, from the preprocessing record (INPUT's and
   its headers'), and whether they say the word asked about. */
typedef struct MacroDef {
    char *name;
    VEC(CXCursor) defs;     /* every #define of the name */
    enum { MD_UNKNOWN, MD_DECIDING, MD_SAYS, MD_NOT } verdict;
} MacroDef;

/* One definition's verdict, for the invocations it is in force at. */
typedef struct DefVerdict {
    CXCursor def;
    bool says;
} DefVerdict;

typedef struct MacroWords {
    Tool *t;
    const char *word;       /* what the macros are asked to say: `yield`, a macro's name */
    bool as_call;           /* only before `(`, or last in the body (`generator(`; `#define G generator`) */
    bool quotes;            /* `#` or `##` in the body counts as saying it */
    Map by_name;            /* name -> MacroDef */
    Map by_def;             /* definition -> DefVerdict */
    SpanVec bodies;         /* the generators' bodies, in order */
} MacroWords;

static bool macro_def_named(const void *val, const void *ctx)
{
    return !strcmp(((const MacroDef *)val)->name, ctx);
}

static bool same_def(const void *val, const void *ctx)
{
    return clang_equalCursors(((const DefVerdict *)val)->def, *(const CXCursor *)ctx);
}

static enum CXChildVisitResult visit_definition(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    MacroWords *ym = data;
    if (c.kind != CXCursor_MacroDefinition)
        return CXChildVisit_Continue;
    char *name = cx_take(clang_getCursorSpelling(c));
    MacroDef *m = map_get(&ym->by_name, hash_str(name), macro_def_named, name);
    if (!m) {
        m = yc_alloc(sizeof *m);
        *m = (MacroDef){ .name = name };
        map_put(&ym->by_name, hash_str(name), m);
    }
    vec_push(&m->defs, c);
    return CXChildVisit_Continue;
}

static bool macro_says(MacroWords *ym, MacroDef *m);

/* A system header's macro (its first definition is there). */
static bool system_macro(const MacroDef *m)
{
    return m->defs.len && clang_Location_isInSystemHeader(clang_getCursorLocation(m->defs.items[0]));
}

/* Does definition DEF say ym->word in its replacement list, itself or
   through the macros it names (by name: any of their definitions)? */
static bool def_says(MacroWords *ym, CXCursor def)
{
    CXTranslationUnit tu = ym->t->cx_tu;
    CXToken *toks;
    unsigned n;
    clang_tokenize(tu, clang_getCursorExtent(def), &toks, &n);
    unsigned k = 1;     /* after the macro's name, and its parameters */
    StrVec params = { 0 };
    if (clang_Cursor_isMacroFunctionLike(def))
        while (k < n) {
            char *sp = cx_take(clang_getTokenSpelling(tu, toks[k]));
            CXTokenKind kind = clang_getTokenKind(toks[k++]);
            if (kind == CXToken_Identifier)
                vec_push(&params, sp);
            else if (kind == CXToken_Punctuation && !strcmp(sp, ")"))
                break;
        }
    bool says = false;
    bool member = false;    /* after `.` or `->`: a member's name */
    for (; k < n && !says; k++) {
        CXTokenKind kind = clang_getTokenKind(toks[k]);
        char *sp = cx_take(clang_getTokenSpelling(tu, toks[k]));
        if (ym->quotes && kind == CXToken_Punctuation && (!strcmp(sp, "#") || !strcmp(sp, "##") ||
                                                          !strcmp(sp, "%:") || !strcmp(sp, "%:%:"))) {
            says = true;
            break;
        }
        bool after_member = member;
        member = kind == CXToken_Punctuation && (!strcmp(sp, ".") || !strcmp(sp, "->"));
        if (kind != CXToken_Identifier || after_member)
            continue;
        bool param = false;
        for (int p = 0; p < params.len && !param; p++)
            param = !strcmp(params.items[p], sp);
        if (param)
            continue;
        MacroDef *inner = map_get(&ym->by_name, hash_str(sp), macro_def_named, sp);
        bool word = !strcmp(sp, ym->word) &&
                    (!ym->as_call || k + 1 == n || !strcmp(cx_take(clang_getTokenSpelling(tu, toks[k + 1])), "("));
        says = word || (inner && !(ym->quotes && system_macro(inner)) && macro_says(ym, inner));
    }
    clang_disposeTokens(tu, toks, n);
    return says;
}

/* Does a definition of M say the word?  (A macro's own name inside it, or
   a cycle, does not count: the one decided inside a cycle may say no
   where it writes one through the other, and is then found as clang
   reports it.) */
static bool macro_says(MacroWords *ym, MacroDef *m)
{
    if (m->verdict != MD_UNKNOWN)
        return m->verdict == MD_SAYS;
    m->verdict = MD_DECIDING;
    bool says = false;
    for (int d = 0; d < m->defs.len && !says; d++)
        says = def_says(ym, m->defs.items[d]);
    m->verdict = says ? MD_SAYS : MD_NOT;
    return says;
}

/* An invocation in a generator's body of a macro whose definition there
   writes `yield`: expanded (the outermost invocation holding it, if it is
   in another's argument: expand.c expands that one). */
static enum CXChildVisitResult visit_yield_expansion(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    MacroWords *ym = data;
    if (c.kind != CXCursor_MacroExpansion || !clang_Location_isFromMainFile(clang_getCursorLocation(c)))
        return CXChildVisit_Continue;
    unsigned b;
    clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(c)), NULL, NULL, NULL, &b);
    size_t begin = view_to_source(&ym->t->lx, b);
    CXCursor def = clang_getCursorReferenced(c);
    if (!in_spans(&ym->bodies, begin) || clang_Cursor_isNull(def))
        return CXChildVisit_Continue;
    unsigned h = clang_hashCursor(def);
    DefVerdict *v = map_get(&ym->by_def, h, same_def, &def);
    if (!v) {
        v = yc_alloc(sizeof *v);
        *v = (DefVerdict){ def, def_says(ym, def) };
        map_put(&ym->by_def, h, v);
    }
    if (v->says)
        request_expansion_around(ym->t, begin);
    return CXChildVisit_Continue;
}

static bool words_for(const void *val, const void *ctx)
{
    return !strcmp(((const MacroWords *)val)->word, ctx);
}

/* Does the expansion of macro `macro`, invoked over INPUT[begin, end),
   depend on macro `name`: is it that macro, do its definitions name it,
   themselves or through the macros they name, or do its arguments?  (Only
   where a directive in a generator's body changes `name` after such an
   invocation: expand.c.)  `asked` keeps, by name, what was read for it:
   the macro record is read once per name. */
bool expansion_uses(Tool *t, Map *asked, const char *macro, size_t begin, size_t end, const char *name)
{
    if (!strcmp(macro, name))
        return true;
    MacroWords *ym = map_get(asked, hash_str(name), words_for, name);
    if (!ym) {
        ym = yc_alloc(sizeof *ym);
        *ym = (MacroWords){ .t = t, .word = name };
        clang_visitChildren(clang_getTranslationUnitCursor(t->cx_tu), visit_definition, ym);
        map_put(asked, hash_str(name), ym);
    }
    MacroDef *m = map_get(&ym->by_name, hash_str(macro), macro_def_named, macro);
    if (!m || macro_says(ym, m))
        return true;
    /* its arguments: the name, or a macro that names it */
    for (int i = tok_at_or_after(&t->lx, begin); i < t->lx.ntoks && t->lx.toks[i].begin < end; i++) {
        if (t->lx.toks[i].kind != TK_IDENT)
            continue;
        char *id = yc_strndup(t->src.text + t->lx.toks[i].begin, t->lx.toks[i].end - t->lx.toks[i].begin);
        MacroDef *a = map_get(&ym->by_name, hash_str(id), macro_def_named, id);
        if (!strcmp(id, name) || (a && macro_says(ym, a)))
            return true;
    }
    return false;
}

/* Does macro `name` (any of its definitions) quote its arguments: `#`
   or `##` in its body, or in that of a macro it names, however deep?  An
   argument it quotes is taken as text (`#v` prints it, `v##_len` pastes
   it): one naming a variable that yieldc renames there is expanded in
   place instead (find.c request_expansions).  Not through a system
   header's (`assert`, or a macro of the user's that passes it on): its
   expansion would fix at transform time what the build's flags choose
   (NDEBUG), for a message's text.  The macro record is read
   once per round (Tool.quoting). */
bool macro_quotes(Tool *t, const char *name)
{
    MacroWords *ym = t->quoting;
    if (!ym) {
        ym = yc_alloc(sizeof *ym);
        *ym = (MacroWords){ .t = t, .word = "", .quotes = true };
        clang_visitChildren(clang_getTranslationUnitCursor(t->cx_tu), visit_definition, ym);
        t->quoting = ym;
    }
    MacroDef *m = map_get(&ym->by_name, hash_str(name), macro_def_named, name);
    return m && !system_macro(m) && macro_says(ym, m);
}

/* Once clang stopped reporting (50 errors a parse, -ferror-limit), every
   invocation in the generators' bodies of a macro that writes `yield`,
   however deep: a file whose macros write more yields than that, expanded
   as clang reports them, took a round of reading for each 50 and ran out
   of rounds.  (Only then: the test reads the definitions' tokens, and may
   take a macro for one that yields where it does not, whose expansion in
   place then costs what it always costs, e.g. a #define after it in the
   body is refused.) */
static void request_macros_writing_yield(Tool *t)
{
    MacroWords ym = { .t = t, .word = "yield" };
    for (int i = 0; i < t->lx.decls.len; i++) {
        const GenDecl *d = t->lx.decls.items[i];
        if (d->body_end && !in_skipped(t, d->kw))
            vec_push(&ym.bodies, ((Span){ d->body_begin, d->body_end }));
    }
    CXCursor tu = clang_getTranslationUnitCursor(t->cx_tu);
    clang_visitChildren(tu, visit_definition, &ym);
    clang_visitChildren(tu, visit_yield_expansion, &ym);
}

/* ---- generators declared through macros ---- */

/* A top-level declaration with a body: where it begins (after the `;` or
   `}` before it), its outermost `{` and `}` (token indexes). */
typedef struct DeclHead {
    int begin, open, close;
    int verdict;            /* -1: not decided; else the token of a macro writing `generator`, or ntoks */
} DeclHead;
typedef VEC(DeclHead) DeclHeadVec;

typedef struct MacroUse {
    size_t begin;           /* the invocation's name, in INPUT */
    CXCursor c;
} MacroUse;

typedef struct MacroUses {
    Tool *t;
    VEC(MacroUse) uses;
} MacroUses;

static enum CXChildVisitResult visit_main_expansion(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    MacroUses *mu = data;
    if (c.kind == CXCursor_MacroExpansion && clang_Location_isFromMainFile(clang_getCursorLocation(c))) {
        unsigned b;
        clang_getFileLocation(clang_getRangeStart(clang_getCursorExtent(c)), NULL, NULL, NULL, &b);
        vec_push(&mu->uses, ((MacroUse){ view_to_source(&mu->t->lx, b), c }));
    }
    return CXChildVisit_Continue;
}

static int cmp_macro_use(const void *a, const void *b)
{
    const MacroUse *x = a, *y = b;
    return x->begin < y->begin ? -1 : x->begin > y->begin;
}

/* The top-level declarations with a body, in order. */
static void decl_heads(Tool *t, DeclHeadVec *heads)
{
    const Lexed *lx = &t->lx;
    int depth = 0, begin = 0;
    for (int k = 0; k < lx->ntoks; k++) {
        const Tok *tk = &lx->toks[k];
        if (tk->in_directive || tk->inactive || tk->kind != TK_PUNCT)
            continue;
        size_t len;
        const char *text = tok_text(t, tk, &len);  /* (`\<newline>;` is a `;`) */
        char ch = len == 1 ? text[0] : 0;
        if (ch == '{' && depth++ == 0)
            vec_push(heads, ((DeclHead){ begin, k, lx->ntoks, -1 }));
        else if (ch == '}' && depth > 0 && --depth == 0) {
            heads->items[heads->len - 1].close = k;
            begin = k + 1;
        } else if (ch == ';' && depth == 0)
            begin = k + 1;
    }
}

typedef struct UseQuery {
    const MacroUses *mu;
    size_t off;
} UseQuery;

static bool use_before(const void *ctx, int i)
{
    const UseQuery *q = ctx;
    return q->mu->uses.items[i].begin < q->off;
}

/* In head h, the invocation of a macro that writes `generator`: its token,
   or lx.ntoks. */
static int generator_macro_in(Tool *t, MacroWords *ym, const MacroUses *mu, const DeclHead *h)
{
    Lexed *lx = &t->lx;
    size_t from = lx->toks[h->begin < h->open ? h->begin : h->open].begin, to = lx->toks[h->open].begin;
    UseQuery q = { mu, from };
    for (int i = lower_bound(mu->uses.len, use_before, &q); i < mu->uses.len && mu->uses.items[i].begin < to; i++) {
        CXCursor def = clang_getCursorReferenced(mu->uses.items[i].c);
        if (!clang_Cursor_isNull(def) && def_says(ym, def))
            return tok_at_or_after(lx, mu->uses.items[i].begin);
    }
    return lx->ntoks;
}

static int cmp_off(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* The places that may be in a function declared by a macro that writes
   `generator(...)`, in order: each `yield` outside a generator (its
   offset, tagged by the low bit) and each error of clang's in INPUT. */
static void collect_sites(Tool *t, OffVec *sites)
{
    for (int i = 0; i < t->lx.yields.len; i++) {
        YieldTok *y = t->lx.yields.items[i];
        if (!y->gen && !in_skipped(t, y->kw))
            vec_push(sites, y->kw * 2 + 1);
    }
    CXFile main_file = clang_getFile(t->cx_tu, t->clang_path);
    unsigned nd = clang_getNumDiagnostics(t->cx_tu);
    for (unsigned i = 0; i < nd; i++) {
        CXDiagnostic d = clang_getDiagnostic(t->cx_tu, i);
        CXFile file;
        unsigned off;
        clang_getExpansionLocation(clang_getDiagnosticLocation(d), &file, NULL, NULL, &off);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error && file && clang_File_isEqual(file, main_file))
            vec_push(sites, view_to_source(&t->lx, off) * 2);
        clang_disposeDiagnostic(d);
    }
    vec_sort(sites, cmp_off);
}

/* A function declared by a macro that writes `generator(...)`, which lex
   did not see (`#define G generator`, a macro of a header, or one that
   names another defined after it): one error at that macro, and no other
   for its `yield`s (clang's, on its line, are dropped as usual).  Then
   each other `yield` outside a generator. */
/* Is the `yield` at token k, outside generators, a name: one a
   declaration declares (`int yield;`, a member), or a member's after `.`
   or `->`?  C's, not yieldc's. */
static bool yield_names_something(const Tool *t, int k)
{
    return k > 0 && (tok_is(t, &t->lx.toks[k - 1], ".") || tok_is(t, &t->lx.toks[k - 1], "->") ||
                     yield_declared_at(t, k));
}

static void report_yields_outside(Tool *t)
{
    t->macro_generators.len = 0;
    if (!t->includes_runtime)
        return;
    OffVec sites = { 0 };
    collect_sites(t, &sites);
    if (!sites.len)
        return;
    DeclHeadVec heads = { 0 };
    MacroUses mu = { .t = t };
    MacroWords ym = { .t = t, .word = "generator", .as_call = true };
    decl_heads(t, &heads);
    CXCursor tu = clang_getTranslationUnitCursor(t->cx_tu);
    clang_visitChildren(tu, visit_main_expansion, &mu);
    vec_sort(&mu.uses, cmp_macro_use);
    clang_visitChildren(tu, visit_definition, &ym);
    int h = 0;
    for (int i = 0; i < sites.len; i++) {
        size_t at = sites.items[i] / 2;
        bool is_yield = sites.items[i] & 1;
        int k = tok_at_or_after(&t->lx, at);
        while (h < heads.len && heads.items[h].close < k)
            h++;
        DeclHead *d = h < heads.len && heads.items[h].begin <= k ? &heads.items[h] : NULL;
        if (d && d->verdict < 0)
            d->verdict = generator_macro_in(t, &ym, &mu, d);
        if (d && d->verdict < t->lx.ntoks) {
            const Tok *m = &t->lx.toks[d->verdict];
            error_generator_macro(t, m->begin, yc_strndup(t->src.text + m->begin, m->end - m->begin));
            Span whole = { t->lx.toks[d->begin].begin, t->lx.toks[d->close < t->lx.ntoks ? d->close : t->lx.ntoks - 1].end };
            SpanVec *g = &t->macro_generators;
            if (!g->len || g->items[g->len - 1].begin != whole.begin)
                vec_push(g, whole);
        } else if (is_yield && !in_spans(&t->lx.refused_decls, at) && !yield_names_something(t, k)) {
            error_at(&t->diag, at, "'yield' outside a generator: declare the function with generator(Y) R name(...)");
        }
    }
}

typedef struct InvocationQuery {
    const Tool *t;
    size_t off;
} InvocationQuery;

static bool invocation_before(const void *ctx, int i)
{
    const InvocationQuery *q = ctx;
    return q->t->invocations.items[i].begin < q->off;
}

/* The macro invoked in a generator's body whose invocation begins at
   source offset off (its name), or NULL. */
static Invocation *invocation_at(const Tool *t, size_t off)
{
    InvocationQuery q = { t, off };
    int i = lower_bound(t->invocations.len, invocation_before, &q);
    return i < t->invocations.len && t->invocations.items[i].begin == off ? &t->invocations.items[i] : NULL;
}

/* Does a macro's name begin at off?  Then what clang parsed there comes
   from the macro's body, even when the name reads like the token there
   (a macro named `continue`, or named like a variable). */
bool macro_invoked_at(const Tool *t, size_t off)
{
    return invocation_at(t, off) != NULL;
}

/* Is a macro named `name` invoked between source offsets begin and end
   (both included)?  Offsets in the view's own text map to where it
   replaces INPUT's. */
bool macro_named_between(const Tool *t, size_t begin, size_t end, const char *name)
{
    InvocationQuery q = { t, begin };
    for (int i = lower_bound(t->invocations.len, invocation_before, &q);
         i < t->invocations.len && t->invocations.items[i].begin <= end; i++)
        if (!strcmp(t->invocations.items[i].name, name))
            return true;
    return false;
}

/* Something at source offset off, where a macro invoked in a generator's
   body begins (its expansion location), must be seen as text: the
   invocation is to be expanded in place.  False if no macro begins there. */
bool request_expansion(Tool *t, size_t off)
{
    Invocation *inv = invocation_at(t, off);
    if (inv)
        inv->expand = true;
    return inv != NULL;
}

/* The invocation of a macro at source offset off writes a `yield`: it is
   expanded, and so is every other invocation of that macro in the bodies
   (of that definition of it: one redefined between them may not yield).
   clang names only some: after an error it recovers past the next ones,
   and `yield (int)x` from a macro reads as a call given a type, "expected
   expression", without the word (one more invocation a round, when the
   rounds run out). */
static void request_yield_macro(Tool *t, size_t off)
{
    Invocation *inv = invocation_at(t, off);
    if (!inv)
        return;
    for (int i = 0; i < t->invocations.len; i++) {
        Invocation *other = &t->invocations.items[i];
        if (!other->runtime && other->definition == inv->definition && !strcmp(other->name, inv->name))
            other->expand = true;
    }
}

/* Every invocation holding source offset off in its arguments, of a
   macro that quotes them (macro_quotes), is expanded in place. */
void request_quoting_macros(Tool *t, size_t off)
{
    InvocationQuery q = { t, off + 1 };
    for (int i = lower_bound(t->invocations.len, invocation_before, &q) - 1; i >= 0; i--) {
        Invocation *inv = &t->invocations.items[i];
        if (off < inv->end && !inv->runtime && macro_quotes(t, inv->name))
            inv->expand = true;
    }
}

/* The innermost invocation holding source offset off (its name or its
   arguments), or NULL.  Invocations nest: a macro invoked in another's
   argument is listed too, inside it. */
Invocation *invocation_holding(const Tool *t, size_t off)
{
    InvocationQuery q = { t, off + 1 };
    for (int i = lower_bound(t->invocations.len, invocation_before, &q) - 1; i >= 0; i--)
        if (off < t->invocations.items[i].end)
            return &t->invocations.items[i];
    return NULL;
}

/* The first of the runtime's own macros (yc_send, ...) whose invocation,
   inside the one whose name is at source offset outer, holds offset off
   in its arguments, or NULL. */
const char *api_macro_holding(const Tool *t, size_t outer, size_t off)
{
    InvocationQuery q = { t, off + 1 };
    for (int i = lower_bound(t->invocations.len, invocation_before, &q) - 1;
         i >= 0 && t->invocations.items[i].begin >= outer; i--)
        if (off < t->invocations.items[i].end && t->invocations.items[i].runtime)
            return t->invocations.items[i].name;
    return NULL;
}

/* The same for something at off inside a macro's invocation (the `}` a
   `#define END }` writes). */
bool request_expansion_around(Tool *t, size_t off)
{
    Invocation *inv = invocation_holding(t, off);
    if (inv)
        inv->expand = true;
    return inv != NULL;
}

/* The last round asked for expansions there is no round left for: what
   they hide (a yield, a cleanup, a jump) would be copied as written. */
void refuse_unexpanded(Tool *t)
{
    for (int i = 0; i < t->invocations.len; i++) {
        const Invocation *inv = &t->invocations.items[i];
        if (inv->expand)
            error_at(&t->diag, inv->begin, "macro '%s' must be expanded in place, but its expansion still needs "
                                           "expanding after %d rounds: expand it by hand", inv->name, YC_EXPAND_ROUNDS);
    }
}

bool expansion_requested(const Tool *t)
{
    for (int i = 0; i < t->invocations.len; i++)
        if (t->invocations.items[i].expand)
            return true;
    return false;
}

/* Each `yield` that a macro writes, as clang parsed it: `yield (x)` is a
   call, which C99 compilers declare implicitly and report once per file
   only (clang 14 warns, 16 errs), so the diagnostics name the first one
   alone.  The others are found in the AST, where the implicit declaration
   makes each a call of `yield`, and their macros expanded in place too. */
static enum CXChildVisitResult visit_macro_yield(CXCursor c, CXCursor parent, CXClientData data)
{
    Tool *t = data;
    if (parent.kind == CXCursor_TranslationUnit)     /* only into the generators' bodies */
        return c.kind == CXCursor_FunctionDecl && clang_isCursorDefinition(c) &&
               !strncmp(cx_take(clang_getCursorSpelling(c)), "yc__body_", 9)
                   ? CXChildVisit_Recurse : CXChildVisit_Continue;
    if ((c.kind == CXCursor_CallExpr || c.kind == CXCursor_DeclRefExpr) &&
        !strcmp(cx_take(clang_getCursorSpelling(c)), "yield")) {
        unsigned ex;
        clang_getExpansionLocation(clang_getCursorLocation(c), NULL, NULL, NULL, &ex);
        request_yield_macro(t, view_to_source(&t->lx, ex));
    }
    return CXChildVisit_Recurse;
}

/* The errors found so far, clang's and the tool's held ones, in INPUT's
   terms; true if there are none. */
bool parse_report(Tool *t)
{
    CXTranslationUnit tu = t->cx_tu;
    CXFile main_file = clang_getFile(tu, t->clang_path);
    t->files_read.len = 0;
    clang_getInclusions(tu, note_inclusion, &(Inclusions){ t, main_file });
    report_yields_outside(t);
    diag_release(&t->diag, drop_skipped, t);
    Reporter rp = { .t = t, .main_file = main_file };
    index_yields(&rp);
    note_invocations(t);
    unsigned nd = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < nd; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        report(&rp, d);
        clang_disposeDiagnostic(d);
    }
    if (rp.error_limit && t->invocations.len)
        request_macros_writing_yield(t);
    if (t->invocations.len)
        clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_macro_yield, t);
    return t->diag.errors == 0;
}

/*
** lex.c -- the first stage: clang's lexer over INPUT.  It finds each
** `generator(Y, S) R name(params)` and each `yield`, checks what can be
** checked on tokens alone, and builds the "parse view": INPUT rewritten so
** that clang can parse and type-check it as plain C.
**
**   generator(int) int count(int n) { ... yield i; ... }
** becomes, in the view only,
**   struct count { char yc__pl; int yc_value; ... } count(int n);
**   int yc__body_count(int n) { void (*yc__yield)(int) ... = (void (*)(int))yc__view_fn_count; ... yc__yield(i); ... }
**
** so callers see the generated API, `yield e` is a call that converts e to
** the yield type as by assignment, and its value has the send type.  Only
** tokens are looked at here: where an operand of `yield` ends is the first
** `;` `,` `)` `]` `}` (or unmatched `:`) at its own nesting level, which is
** exactly where an assignment-expression ends.
*/
#include "yc.h"

#include <clang-c/Index.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Edit {
    size_t off, del;        /* source text replaced */
    const char *ins;        /* by this */
    size_t ins_len;
    size_t view_off;        /* where `ins` starts in the view */
    int seq;                /* order of creation, for a stable sort */
    YieldTok *yield;        /* the yield whose call this begins, if any */
} Edit;

/* Records an edit of the view; `yield`: the yield whose call it begins.
   Returns nothing: the array grows, so a pointer into it would not last
   until the next edit. */
static void add_edit(Lexed *lx, size_t off, size_t del, const char *ins, YieldTok *yield)
{
    if (lx->nedits == lx->capedits) {   /* in the arena, like all the tool's memory */
        lx->capedits = lx->capedits ? lx->capedits * 2 : 64;
        Edit *grown = yc_alloc((size_t)lx->capedits * sizeof *grown);
        if (lx->nedits)
            memcpy(grown, lx->edits, (size_t)lx->nedits * sizeof *lx->edits);
        lx->edits = grown;
    }
    Edit *e = &lx->edits[lx->nedits];
    *e = (Edit){ .off = off, .del = del, .ins = ins, .ins_len = strlen(ins), .seq = lx->nedits, .yield = yield };
    lx->nedits++;
}

typedef struct RespelledQuery {
    const Lexed *lx;
    int tok;
} RespelledQuery;

static bool respelled_before(const void *ctx, int i)
{
    const RespelledQuery *q = ctx;
    return q->lx->respelled.items[i].tok < q->tok;
}

/* A token's spelling: its text in INPUT, or, for a token spelled
   otherwise there (split by a line splice, a name with a universal
   character name), clang's spelling of it; for a digraph, the
   punctuator it stands for. */
const char *tok_text(const Tool *t, const Tok *tk, size_t *len)
{
    if (tk->respelled) {
        const Lexed *lx = &t->lx;
        RespelledQuery q = { lx, (int)(tk - lx->toks) };
        int lo = lower_bound(lx->respelled.len, respelled_before, &q);
        if (lo < lx->respelled.len && lx->respelled.items[lo].tok == q.tok) {
            *len = strlen(lx->respelled.items[lo].text);
            return lx->respelled.items[lo].text;
        }
    }
    *len = tk->end - tk->begin;
    return t->src.text + tk->begin;
}

/* Is the token spelled s?  (Tokens are compared by their spelling, not
   INPUT's bytes.) */
bool tok_is(const Tool *t, const Tok *tk, const char *s)
{
    size_t n = strlen(s), len;
    const char *text = tok_text(t, tk, &len);
    return len == n && !memcmp(text, s, n);
}

/* The first token that ends after `off`.  Lookups mostly go forward
   through the file: the last answer and the token after it are tried
   before a binary search. */
typedef struct LexQuery {
    const Lexed *lx;
    size_t off;
} LexQuery;

static bool tok_ends_by(const void *ctx, int i)
{
    const LexQuery *q = ctx;
    return q->lx->toks[i].end <= q->off;
}

int tok_at_or_after(Lexed *lx, size_t off)
{
    int last = lx->tok_hint;
    for (int i = last; i <= last + 1 && i < lx->ntoks; i++)
        if (lx->toks[i].end > off && (i == 0 || lx->toks[i - 1].end <= off))
            return lx->tok_hint = i;
    LexQuery q = { lx, off };
    int lo = lower_bound(lx->ntoks, tok_ends_by, &q);
    if (lo < lx->ntoks)
        lx->tok_hint = lo;
    return lo;
}

/* ---- tokens ---- */

static TokKind kind_of(CXTokenKind k)
{
    switch (k) {
    case CXToken_Punctuation: return TK_PUNCT;
    case CXToken_Keyword: return TK_KEYWORD;
    case CXToken_Identifier: return TK_IDENT;
    case CXToken_Literal: return TK_LITERAL;
    default: return TK_COMMENT;
    }
}

/* The length of a line splice at `at` (a backslash, blanks, a newline: clang
   allows the blanks), or 0. */
static size_t splice_at(const char *s, size_t n, size_t at)
{
    if (s[at] != '\\')
        return 0;
    size_t k = at + 1;
    while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k < n && s[k] == '\r')
        k++;
    return k < n && s[k] == '\n' ? k + 1 - at : 0;
}

/* The first offset at or after `at` that does not begin a line splice. */
static size_t skip_splices(const char *s, size_t n, size_t at)
{
    size_t k;
    while (at < n && (k = splice_at(s, n, at)) != 0)
        at += k;
    return at;
}

/* End of the preprocessor directive that starts at `off` (a `#`): its first
   newline that is not spliced nor in a block comment (a comment there goes
   on over lines, and the directive with it; none begins in a literal or a
   line comment).  Characters are read as C reads them, splices taken out
   first (`*` splice `/` closes a comment, `\\` splice `n` is an escape). */
static size_t directive_end(const Source *src, size_t off)
{
    const char *s = src->text;
    size_t n = src->len;
    off = skip_splices(s, n, off);
    while (off < n && s[off] != '\n') {
        size_t next = skip_splices(s, n, off + 1);
        if (s[off] == '/' && next < n && s[next] == '*') {
            off = skip_splices(s, n, next + 1);
            while (off < n) {
                next = skip_splices(s, n, off + 1);
                if (s[off] == '*' && next < n && s[next] == '/')
                    break;
                off = next;
            }
            off = off < n ? skip_splices(s, n, next + 1) : n;
        } else if (s[off] == '/' && next < n && s[next] == '/') {     /* to the newline */
            off = next;
            while (off < n && s[off] != '\n')
                off = skip_splices(s, n, off + 1);
        } else if (s[off] == '"' || s[off] == '\'') {    /* (no comment begins in a literal) */
            char q = s[off];
            off = next;
            while (off < n && s[off] != q && s[off] != '\n')
                off = skip_splices(s, n, (s[off] == '\\' ? skip_splices(s, n, off + 1) : off) + 1);
            if (off < n && s[off] == q)
                off = skip_splices(s, n, off + 1);
        } else {
            off = next;
        }
    }
    return off < n ? off : n;
}

/* The end of a line splice at p (a backslash right before a newline;
   clang allows white space between them, with a warning), or NULL. */
static const char *splice_end(const char *p)
{
    if (*p != '\\')
        return NULL;
    const char *q = p + 1;
    while (*q == ' ' || *q == '\t' || *q == '\f' || *q == '\v')
        q++;
    if (*q == '\r' && q[1] == '\n')
        q++;
    return *q == '\n' || *q == '\r' ? q + 1 : NULL;
}

static bool has_splice(const char *text)
{
    for (const char *p = strchr(text, '\\'); p; p = strchr(p + 1, '\\'))
        if (splice_end(p))
            return true;
    return false;
}

/* A token's text as C reads it: without its line splices. */
static char *without_splices(const char *text)
{
    char *out = yc_strdup(text), *o = out;
    for (const char *p = text; *p;) {
        const char *after = splice_end(p);
        if (after) {
            p = after;
            continue;
        }
        *o++ = *p++;
    }
    *o = '\0';
    return out;
}

/* Where the token that starts at offset b ends.  clang_getTokenExtent
   lexes the token again to measure it; its spelling is at hand (an
   identifier's name, else its text in the file), and is its text whenever
   INPUT reads the same there: an identifier whose text differs (a line
   splice, a universal character name) and a token with a NUL byte in it
   are measured by clang. */
static unsigned token_end(CXTranslationUnit tu, CXToken tok, const Source *src, unsigned b, char **spelling)
{
    CXString s = clang_getTokenSpelling(tu, tok);
    const char *text = clang_getCString(s);
    size_t n = text ? strlen(text) : 0;
    bool same = text && n > 0 && b + n <= src->len && !memcmp(src->text + b, text, n) &&
                src->text[b + n] != '\0';
    unsigned e = b + (unsigned)n;
    if (!same)
        clang_getFileLocation(clang_getRangeEnd(clang_getTokenExtent(tu, tok)), NULL, NULL, NULL, &e);
    /* *spelling: clang's, where INPUT spells the token otherwise; a
       punctuator's or a literal's is its text in the file, line splices
       and all (`\<newline>;`), which C reads without them */
    if (text && has_splice(text))
        *spelling = without_splices(text);
    else
        *spelling = !same && text && n > 0 && (e - b != n || memcmp(src->text + b, text, n)) ? yc_strdup(text) : NULL;
    clang_disposeString(s);
    return e;
}

static void add_token(Tool *t, CXToken cx, unsigned b, unsigned e, size_t *dir_end, char *spelling);

/* A byte order mark of an encoding clang does not read.  Clang reports
   one as a fatal error, but its lexer crashes on it when the file is a
   preamble (below), so the tool tells it first. */
static const char *unsupported_bom(const Source *src)
{
    static const struct { const char *bytes; size_t n; const char *name; } boms[] = {
        { "\x00\x00\xFE\xFF", 4, "UTF-32 (BE)" }, { "\xFF\xFE\x00\x00", 4, "UTF-32 (LE)" },
        { "\xFE\xFF", 2, "UTF-16 (BE)" }, { "\xFF\xFE", 2, "UTF-16 (LE)" }, { "\x2B\x2F\x76", 3, "UTF-7" },
        { "\xF7\x64\x4C", 3, "UTF-1" }, { "\xDD\x73\x66\x73", 4, "UTF-EBCDIC" },
        { "\x0E\xFE\xFF", 3, "SCSU" }, { "\xFB\xEE\x28", 3, "BOCU-1" }, { "\x84\x31\x95\x33", 4, "GB-18030" },
    };
    for (size_t i = 0; i < sizeof boms / sizeof boms[0]; i++)
        if (src->len >= boms[i].n && !memcmp(src->text, boms[i].bytes, boms[i].n))
            return boms[i].name;
    return NULL;
}

static bool tokenize(Tool *t)
{
    const char *bom = unsupported_bom(&t->src);
    if (bom) {
        /* the first line, as far as it reads: bytes that are not printable ASCII as '?' */
        size_t n = 0;
        while (n < t->src.len && n < 120 && t->src.text[n] != '\n')
            n++;
        char *line = yc_alloc(n + 1);
        for (size_t i = 0; i < n; i++) {
            unsigned char ch = (unsigned char)t->src.text[i];
            line[i] = ch == '\t' || (ch >= 0x20 && ch < 0x7f) ? (char)ch : '?';
        }
        diag_print(&t->diag, t->src.path, 1, 1, "error", yc_format("%s byte order mark detected: the encoding is "
                                                                   "not supported (save the file as UTF-8)", bom),
                   line, n);
        return false;
    }
    /* A translation unit that parses nothing: the main file is loaded, and
       clang_tokenize runs clang's raw lexer over it.  The whole file is
       declared a "preamble" (as for a precompiled one), which the
       preprocessor skips: clang reads none of it.  (A fatal error does not
       stop clang, which then parses the whole file, generators and all,
       with its error recovery: slower than a full parse.) */
    char *skip = yc_format("-preamble-bytes=%zu,0", t->src.len);
    const char *args[] = { "-fsyntax-only", "-Xclang", skip };
    /* the text read (standard input has no file to read again) */
    struct CXUnsavedFile text = { t->clang_path, t->src.text, (unsigned long)t->src.len };
    CXTranslationUnit tu;
    if (clang_parseTranslationUnit2(t->cx_index, t->clang_path, args, 3, &text, 1,
                                    CXTranslationUnit_SingleFileParse, &tu) != CXError_Success) {
        fprintf(stderr, "yieldc: error: libclang could not load '%s'\n", t->src.path);
        return false;
    }
    CXFile file = clang_getFile(tu, t->clang_path);
    Lexed *lx = &t->lx;
    /* room for a token every 3 bytes at first (C has fewer): memory not
       written is not taken, and a realloc would copy */
    size_t cap = t->src.len / 3 + 64;
    lx->toks = yc_alloc(cap * sizeof *lx->toks);
    size_t dir_end = 0;
    /* A range at a time (clang_tokenize's arrays stay small and their
       memory is reused): each range begins where the last token of the one
       before ends, where clang's lexer, resumed, reads what it would have. */
    for (size_t from = 0; from < t->src.len;) {
        size_t to = t->src.len - from > 16384 ? from + 16384 : t->src.len;
        CXSourceRange range = clang_getRange(clang_getLocationForOffset(tu, file, (unsigned)from),
                                             clang_getLocationForOffset(tu, file, (unsigned)to));
        CXToken *cx;
        unsigned n;
        clang_tokenize(tu, range, &cx, &n);
        if (n == 0) {
            clang_disposeTokens(tu, cx, n);
            break;
        }
        if (lx->ntoks + (size_t)n + 1 > cap) {
            cap = 2 * (lx->ntoks + (size_t)n + 1);
            Tok *grown = yc_alloc(cap * sizeof *grown);
            memcpy(grown, lx->toks, (size_t)lx->ntoks * sizeof *grown);
            lx->toks = grown;
        }
        size_t start = from;
        for (unsigned i = 0; i < n; i++) {
            bool comment = clang_getTokenKind(cx[i]) == CXToken_Comment;
            if (comment && i + 1 < n)
                continue;
            unsigned b, e;
            clang_getFileLocation(clang_getTokenLocation(tu, cx[i]), NULL, NULL, NULL, &b);
            char *spelling;
            e = token_end(tu, cx[i], &t->src, b, &spelling);
            from = e;
            if (!comment)
                add_token(t, cx[i], b, e, &dir_end, spelling);
        }
        clang_disposeTokens(tu, cx, n);
        if (from <= start) {    /* a token is never empty */
            fprintf(stderr, "yieldc: internal error: lexing '%s' stopped at offset %zu\n", t->src.path, from);
            exit(1);
        }
    }
    lx->toks[lx->ntoks] = (Tok){ .kind = TK_PUNCT, .begin = t->src.len, .end = t->src.len };
    clang_disposeTranslationUnit(tu);
    return true;
}

/* The punctuator a digraph stands for, or NULL. */
static char *digraph(const char *text, size_t n)
{
    static const char *const pairs[][2] = { { "<%", "{" }, { "%>", "}" }, { "<:", "[" }, { ":>", "]" },
                                            { "%:%:", "##" }, { "%:", "#" } };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (n == strlen(pairs[i][0]) && !memcmp(text, pairs[i][0], n))
            return (char *)pairs[i][1];
    return NULL;
}

/* Appends the token at [b, e) to t->lx.toks, marking those of directives
   (*dir_end: where the directive being read ends); `spelling`: clang's,
   where INPUT spells it otherwise. */
static void add_token(Tool *t, CXToken cx, unsigned b, unsigned e, size_t *dir_end, char *spelling)
{
    Lexed *lx = &t->lx;
    if (clang_getTokenKind(cx) == CXToken_Punctuation) {   /* (a digraph split by a splice too) */
        const char *text = spelling ? spelling : t->src.text + b;
        size_t n = spelling ? strlen(spelling) : e - b;
        if (n >= 2 && digraph(text, n))
            spelling = digraph(text, n);
    }
    Tok *tk = &lx->toks[lx->ntoks++];
    *tk = (Tok){ .kind = kind_of(clang_getTokenKind(cx)), .begin = b, .end = e, .respelled = spelling != NULL };
    if (spelling)       /* in token order: tok_text finds it by binary search */
        vec_push(&lx->respelled, ((Respelled){ lx->ntoks - 1, spelling }));
    if (b < *dir_end) {
        tk->in_directive = true;
    } else if (tk->kind == TK_PUNCT && tok_is(t, tk, "#")) {
        size_t bol = b;
        while (bol > 0 && (t->src.text[bol - 1] == ' ' || t->src.text[bol - 1] == '\t'))
            bol--;
        if (bol == 0 || t->src.text[bol - 1] == '\n') {
            *dir_end = directive_end(&t->src, b);
            tk->in_directive = true;
        }
    }
}

/* ---- generator declarations ---- */

static bool is_punct(Tool *t, int i, const char *s)
{
    return i >= 0 && i < t->lx.ntoks && t->lx.toks[i].kind == TK_PUNCT && tok_is(t, &t->lx.toks[i], s);
}

static bool is_ident(Tool *t, int i, const char *s)
{
    return i >= 0 && i < t->lx.ntoks && (t->lx.toks[i].kind == TK_IDENT || t->lx.toks[i].kind == TK_KEYWORD) &&
           tok_is(t, &t->lx.toks[i], s);
}

/* Not a token of the C being lexed here: a directive's, or one in an
   inactive preprocessor branch (known once clang has told them). */
static bool passed_over(const Tok *tk)
{
    return tk->in_directive || tk->inactive;
}

/* Index of the token that closes the bracket opened at `i`, or ntoks.  A
   bracket of a directive (a macro's replacement list) closes in that
   directive; one of the C being lexed, among its tokens. */
static int match_close(Tool *t, int i)
{
    int depth = 0;
    size_t dir_end = i < t->lx.ntoks && t->lx.toks[i].in_directive ? directive_end(&t->src, t->lx.toks[i].begin) : 0;
    for (; i < t->lx.ntoks; i++) {
        Tok *tk = &t->lx.toks[i];
        if (dir_end && tk->begin >= dir_end)
            break;
        if ((!dir_end && passed_over(tk)) || tk->kind != TK_PUNCT)
            continue;
        size_t n;
        char c = *tok_text(t, tk, &n);      /* a digraph: its punctuator */
        if (n != 1)
            continue;
        if (c == '(' || c == '[' || c == '{')
            depth++;
        else if ((c == ')' || c == ']' || c == '}') && --depth == 0)
            return i;
    }
    return t->lx.ntoks;
}

/* INPUT's text of tokens first..last; where one is spelled otherwise (a
   line splice, a universal character name), the spellings, with the
   line splices between them taken out too. */
static char *slice(Tool *t, int first, int last)
{
    size_t b = t->lx.toks[first].begin, e = t->lx.toks[last].end;
    bool respelled = false;
    for (int i = first; i <= last && !respelled; i++)
        respelled = t->lx.toks[i].respelled;
    if (!respelled)
        return yc_strndup(t->src.text + b, e - b);
    Buf out = { 0 };
    for (int i = first; i <= last; i++) {
        for (size_t k = i > first ? t->lx.toks[i - 1].end : b; k < t->lx.toks[i].begin; k++)
            if (t->src.text[k] == '\\' && (t->src.text[k + 1] == '\n' || t->src.text[k + 1] == '\r'))
                k += t->src.text[k + 1] == '\r' && t->src.text[k + 2] == '\n' ? 2 : 1;
            else
                buf_put(&out, t->src.text + k, 1);
        size_t n;
        const char *s = tok_text(t, &t->lx.toks[i], &n);
        buf_put(&out, s, n);
    }
    return buf_done(&out);
}

static bool define_named(const void *val, const void *ctx)
{
    const Tool *t = ((const void *const *)ctx)[0];
    const char *name = ((const void *const *)ctx)[1];
    const IntVec *at = val;
    return tok_is(t, &t->lx.toks[at->items[0] + 2], name);
}

static bool same_string(const void *val, const void *ctx)
{
    return !strcmp(val, ctx);
}

/* The names of NAMES that INPUT #defines, with the macros their
   definitions name, transitively (every definition of a name; identifiers
   of the body, `#` and `##` operands included).  For the macros whose
   invocations expand.c replaced by their expansion: those the expansion
   went through are no longer named in the output either. */
void defined_macros_named(Tool *t, const StrVec *names, StrVec *out)
{
    Lexed *lx = &t->lx;
    if (!lx->defines_indexed) {
        lx->defines_indexed = true;
        for (int i = 0; i + 2 < lx->ntoks; i++) {
            if (!lx->toks[i].in_directive || !is_punct(t, i, "#") || !is_ident(t, i + 1, "define") ||
                lx->toks[i + 2].kind != TK_IDENT)
                continue;
            char *name = slice(t, i + 2, i + 2);
            const void *ctx[2] = { t, name };
            IntVec *at = map_get(&lx->defines, hash_str(name), define_named, ctx);
            if (!at) {
                at = yc_alloc(sizeof *at);
                map_put(&lx->defines, hash_str(name), at);
            }
            vec_push(at, i);
        }
    }
    Map seen = { 0 };
    StrVec todo = { 0 };
    for (int i = 0; i < names->len; i++)
        vec_push(&todo, names->items[i]);
    while (todo.len) {
        char *name = todo.items[--todo.len];
        if (map_get(&seen, hash_str(name), same_string, name))
            continue;
        map_put(&seen, hash_str(name), name);
        const void *ctx[2] = { t, name };
        IntVec *at = map_get(&lx->defines, hash_str(name), define_named, ctx);
        if (!at)
            continue;
        vec_push(out, name);
        for (int d = 0; d < at->len; d++) {
            int i = at->items[d];
            size_t end = directive_end(&t->src, lx->toks[i].begin);
            for (int k = i + 3; k < lx->ntoks && lx->toks[k].begin < end; k++)
                if (lx->toks[k].kind == TK_IDENT)
                    vec_push(&todo, slice(t, k, k));
        }
    }
}

static bool is_specifier(Tool *t, int i)
{
    static const char *const words[] = { "static", "extern", "inline", "__inline", "__inline__",
                                         "_Noreturn", NULL };
    for (int k = 0; words[k]; k++)
        if (is_ident(t, i, words[k]))
            return true;
    return false;
}

/* Skips `__attribute__((...))` at i; returns the index after it. */
static int skip_attribute(Tool *t, int i)
{
    while ((is_ident(t, i, "__attribute__") || is_ident(t, i, "__attribute")) && is_punct(t, i + 1, "("))
        i = match_close(t, i + 1) + 1;
    return i;
}

/* Tokens first..last as a type: without the storage-class and function
   specifiers and the attributes, which go to *specs as written. */
static char *type_text(Tool *t, int first, int last, Buf *specs)
{
    Buf b = { 0 };
    for (int i = first; i <= last; i++) {
        int next = skip_attribute(t, i);
        if (next != i || is_specifier(t, i)) {
            next = next != i ? next : i + 1;
            const Tok *tk = t->lx.toks;
            buf_printf(specs, "%.*s ", (int)(tk[next - 1].end - tk[i].begin), t->src.text + tk[i].begin);
            i = next - 1;
            continue;
        }
        size_t n;
        const char *s = tok_text(t, &t->lx.toks[i], &n);
        if (b.len)
            buf_puts(&b, " ");
        buf_put(&b, s, n);
    }
    return buf_done(&b);
}

static bool decl_named(const void *val, const void *name)
{
    return !strcmp(((const GenDecl *)val)->name, name);
}

/* The first declaration of generator `name` (files may have thousands of
   generators). */
GenDecl *first_decl_named(const Tool *t, const char *name)
{
    return map_get(&t->lx.by_name, hash_str(name), decl_named, name);
}

static void remember_first(Tool *t, GenDecl *d)
{
    map_put(&t->lx.by_name, hash_str(d->name), d);
}

/* Where prototype d ends: past its `;`. */
static size_t decl_end(Tool *t, GenDecl *d)
{
    int i = tok_at_or_after(&t->lx, d->params_end);
    while (i < t->lx.ntoks && !tok_is(t, &t->lx.toks[i], ";"))
        i++;
    return i < t->lx.ntoks ? t->lx.toks[i].end : d->params_end;
}

/* `_Noreturn` (or `noreturn`, `__attribute__((noreturn))`) among a
   generator's specifiers would be the constructor's, which returns the
   generator object: the output did not compile ("function declared
   'noreturn' has a 'return' statement").  A storage class other than
   `static` or `extern` (`register`, `typedef`, `_Thread_local`, ...)
   drew clang's "type name does not allow storage class to be specified"
   at the declaration's first token. */
static void refuse_specifier(Tool *t, int b, const GenDecl *d)
{
    static const char *const storage[] = { "register", "auto", "typedef", "_Thread_local", "thread_local",
                                           "__thread", NULL };
    if (is_ident(t, b, "_Noreturn") || is_ident(t, b, "noreturn") || is_ident(t, b, "__noreturn__"))
        error_at(&t->diag, t->lx.toks[b].begin, "generator '%s' cannot be declared noreturn: its constructor "
                 "returns the generator object, and its body returns to each resume", d->name);
    for (int i = 0; storage[i]; i++)
        if (is_ident(t, b, storage[i]))
            error_at(&t->diag, t->lx.toks[b].begin, "generator '%s' cannot be declared '%s': a generator is a "
                     "function, 'static' or external", d->name, storage[i]);
}

/* The first token after k that is code (not a directive's, not in an
   inactive branch). */
static int code_after(Tool *t, int k)
{
    do
        k++;
    while (k < t->lx.ntoks && passed_over(&t->lx.toks[k]));
    return k;
}

/* Old-style (K&R) parameter declarations from token i, after a
   generator's parameter list: declarations, each ending in `;`, the last
   right before the body's `{` (not `f(int n) COLD;`, an attribute macro).
   The body's `{`, or -1. */
static int old_style_parameters(Tool *t, int i)
{
    if (i >= t->lx.ntoks || (t->lx.toks[i].kind != TK_KEYWORD && t->lx.toks[i].kind != TK_IDENT))
        return -1;
    int semi = -1, depth = 0;
    for (int k = i; k < t->lx.ntoks; k++) {
        if (passed_over(&t->lx.toks[k]))
            continue;
        if (is_punct(t, k, "(") || is_punct(t, k, "["))
            depth++;
        else if (is_punct(t, k, ")") || is_punct(t, k, "]"))
            depth--;
        else if (depth == 0 && is_punct(t, k, ";"))
            semi = k;
        else if (is_punct(t, k, "{") || is_punct(t, k, "}"))
            return is_punct(t, k, "{") && semi >= 0 && code_after(t, semi) == k ? k : -1;
    }
    return -1;
}

/* The text of tokens [a, b], a space between those INPUT separates. */
static void put_tokens(Tool *t, Buf *b, int a, int z)
{
    for (int k = a; k <= z; k++) {
        if (passed_over(&t->lx.toks[k]))
            continue;
        if (k > a && t->lx.toks[k].begin > t->lx.toks[k - 1].end)
            buf_puts(b, " ");
        size_t n;
        const char *s = tok_text(t, &t->lx.toks[k], &n);
        buf_put(b, s, n);
    }
}

/* The first token from k (before `end`) that is `stop` outside brackets. */
static int next_at_level(Tool *t, int k, int end, const char *stop)
{
    for (int depth = 0; k < end && !(depth == 0 && !passed_over(&t->lx.toks[k]) && is_punct(t, k, stop)); k++) {
        if (passed_over(&t->lx.toks[k]))
            continue;
        if (is_punct(t, k, "(") || is_punct(t, k, "["))
            depth++;
        else if (is_punct(t, k, ")") || is_punct(t, k, "]"))
            depth--;
    }
    return k;
}

/* The prototype old-style parameters say, for the message that refuses
   them: `name(char *p, double q)` from `name(p, q) char *p; double q;`,
   the identifier list's order, `int` for one not declared.  Tokens
   (lparen, rparen) are the identifier list's parentheses, [decls, open)
   the declarations.  A declaration's specifiers are the tokens before
   its first declarator, which begins at its first `*` or `(`, or at its
   last identifier. */
static char *old_style_prototype(Tool *t, const char *name, int lparen, int rparen, int decls, int open)
{
    Buf b = { 0 };
    buf_printf(&b, "%s(", name);
    const char *sep = "";
    for (int p = lparen + 1; p < rparen; p++) {
        if (t->lx.toks[p].kind != TK_IDENT)
            continue;
        const char *param = slice(t, p, p);
        bool found = false;
        for (int d = decls; d < open && !found;) {
            int end = next_at_level(t, d, open, ";"), first_end = next_at_level(t, d, end, ",");
            int spec_end = -1, last_ident = d;
            for (int k = d; k < first_end && spec_end < 0; k++) {
                if (is_punct(t, k, "*") || is_punct(t, k, "("))
                    spec_end = k;
                else if (t->lx.toks[k].kind == TK_IDENT)
                    last_ident = k;
            }
            if (spec_end < 0)
                spec_end = last_ident;
            for (int start = spec_end; start < end && !found;) {
                int stop = next_at_level(t, start, end, ",");
                for (int m = start; m < stop && !found; m++)
                    found = t->lx.toks[m].kind == TK_IDENT && !strcmp(slice(t, m, m), param);
                if (found) {
                    buf_puts(&b, sep);
                    put_tokens(t, &b, d, spec_end - 1);
                    buf_puts(&b, " ");
                    put_tokens(t, &b, start, stop - 1);
                }
                start = stop + 1;
            }
            d = end + 1;
        }
        if (!found)
            buf_printf(&b, "%sint %s", sep, param);
        sep = ", ";
    }
    buf_puts(&b, ")");
    return buf_done(&b);
}

static void refuse_declaration(Tool *t, int i);

/* Parses `generator(...) R name(params) {` at token i; returns the token
   index to continue from. */
static int lex_generator_decl(Tool *t, int i)
{
    Tok *toks = t->lx.toks;
    GenDecl *d = yc_alloc(sizeof *d);
    d->kw = toks[i].begin;
    int close = match_close(t, i + 1);
    if (close >= t->lx.ntoks) {
        error_at(&t->diag, d->kw, "unterminated 'generator('");
        return t->lx.ntoks;
    }
    /* Y and S: split at top-level commas. */
    int start = i + 2, nargs = 0, depth = 0;
    for (int k = i + 2; k <= close; k++) {
        if (is_punct(t, k, "(") || is_punct(t, k, "[") || is_punct(t, k, "{"))
            depth++;
        else if (k < close && (is_punct(t, k, ")") || is_punct(t, k, "]") || is_punct(t, k, "}")))
            depth--;
        if (k == close || (depth == 0 && is_punct(t, k, ","))) {
            if (k == start) {
                error_at(&t->diag, toks[k].begin, "expected a type in 'generator(...)'");
                return close + 1;
            }
            char *type = slice(t, start, k - 1);
            if (nargs == 0)
                d->ytype = type;
            else if (nargs == 1 && is_void(type))
                error_at(&t->diag, toks[start].begin, "the send type in 'generator(...)' cannot be void: leave it "
                         "out for a generator that is not sent values");
            else if (nargs == 1 && strchr(type, '{'))
                /* (each of the generator's declarations that takes an S
                   would declare a type of its own) */
                error_at(&t->diag, toks[start].begin, "the send type in 'generator(...)' declares a struct, union "
                         "or enum: declare it before, with a tag or a typedef, and name it here");
            else if (nargs == 1)
                d->stype = type;
            else {
                error_at(&t->diag, toks[start].begin, "'generator' takes a yield type and an optional send type, "
                                            "not more");
                return close + 1;
            }
            nargs++;
            start = k + 1;
        }
    }
    /* R, then the name: the identifier right before the parameter list. */
    int k = close + 1;
    while (k < t->lx.ntoks && !(toks[k].kind == TK_IDENT && is_punct(t, k + 1, "(") &&
                                !is_ident(t, k, "__attribute__"))) {
        if (is_punct(t, k, ";") || is_punct(t, k, "{") || is_punct(t, k, "=")) {
            error_at(&t->diag, toks[k].begin, "expected a function declarator after 'generator(...)'");
            return k;
        }
        k = skip_attribute(t, k) == k ? k + 1 : skip_attribute(t, k);
    }
    if (k >= t->lx.ntoks || k == close + 1) {
        error_at(&t->diag, toks[close].end, "expected the return type and name of the generator");
        return k;
    }
    /* the view replaces this text whole (`struct NAME ...` before the name) */
    for (int j = close + 1; j < k; j++)
        if (toks[j].in_directive && !toks[j].inactive) {
            error_at(&t->diag, toks[j].begin, "a preprocessor directive between 'generator(...)' and the "
                                   "generator's name is not supported: move it before the declaration");
            /* clang reads the rest as a function (whose yields are then
               errors of their own), not `generator(...)` as a declaration */
            add_edit(&t->lx, d->kw, toks[close].end - d->kw, "", NULL);
            return k;
        }
    Buf specs = { 0 };   /* `generator(int) static int f(...)`: C takes the specifiers in any order */
    d->rtype = type_text(t, close + 1, k - 1, &specs);
    d->specifiers = buf_done(&specs);
    if (!*d->rtype) {
        error_at(&t->diag, toks[k].begin, "expected the return type of generator before its name");
        return k;
    }
    d->name = slice(t, k, k);
    d->name_off = toks[k].begin;
    if (!strcmp(d->name, "main"))
        error_at(&t->diag, d->name_off, "'main' cannot be a generator: it must return int; make a generator of "
                 "its own, and drive it from main");
    else if (is_api_macro(d->name))     /* (clang: "expected identifier or '('" in yieldc.h's macro) */
        error_at(&t->diag, d->name_off, "'%s' is a name of yieldc's runtime (yieldc.h): name the generator "
                 "otherwise", d->name);
    int pclose = match_close(t, k + 1);
    if (pclose >= t->lx.ntoks) {
        error_at(&t->diag, toks[k + 1].begin, "unterminated parameter list of generator '%s'", d->name);
        return t->lx.ntoks;
    }
    d->params_begin = toks[k + 1].begin;
    d->params_end = toks[pclose].end;
    for (int p = k + 2; p < pclose; p++)
        if (is_punct(t, p, "...")) {
            error_at(&t->diag, toks[p].begin, "variadic generators are not supported: the frame must hold every "
                                    "argument");
        }
    for (int b = i - 1; b >= 0 && !toks[b].in_directive; b--) {
        if (toks[b].inactive)
            continue;
        if (is_punct(t, b, ";") || is_punct(t, b, "}") || is_punct(t, b, "{"))
            break;
        refuse_specifier(t, b, d);
    }
    for (int b = close + 1; b < k; b++)     /* and among those after `generator(...)` */
        refuse_specifier(t, b, d);
    int after = skip_attribute(t, pclose + 1);
    GenDecl *prev = first_decl_named(t, d->name);
    d->first_decl = prev ? prev : d;
    if (!prev)
        remember_first(t, d);
    if (prev && prev->ytype && (strcmp(prev->ytype, d->ytype) ||
                                (prev->stype == NULL) != (d->stype == NULL) ||
                                (d->stype && strcmp(prev->stype, d->stype)))) {
        error_at(&t->diag, d->kw, "generator '%s' redeclared with different yield or send types", d->name);
        note_at(&t->diag, prev->kw, "previous declaration is here");
    }
    int open = after;   /* the body's `{` (after old-style parameter declarations) */
    if (is_punct(t, after, "{")) {
        int end = match_close(t, after);
        d->body_begin = toks[after].begin;
        d->body_end = toks[end].end;
        GenDecl *o = d->first_decl->definition;
        if (o) {
            error_at(&t->diag, toks[k].begin, "redefinition of generator '%s'", d->name);
            note_at(&t->diag, o->name_off, "previous definition is here");
        } else {
            d->first_decl->definition = d;
        }
    } else if ((open = old_style_parameters(t, after)) >= 0) {
        error_at(&t->diag, toks[after].begin, "old-style parameter declarations are not supported for generator "
                 "'%s': declare the parameters in its parameter list ('%s')", d->name,
                 old_style_prototype(t, d->name, k + 1, pclose, after, open));
        /* its body is still its own: its yields are not "outside a generator" */
        int shut = match_close(t, open);
        if (shut < t->lx.ntoks) {
            d->body_begin = toks[open].begin;
            d->body_end = toks[shut].end;
            /* clang's errors in it follow from this one */
            vec_push(&t->lx.refused_decls, ((Span){ d->kw, d->body_end }));
        }
    } else if (after < t->lx.ntoks && toks[after].kind == TK_IDENT) {
        error_at(&t->diag, toks[after].begin, "'%s' after the parameter list of generator '%s' is not supported "
                 "(an attribute macro?): write it before 'generator(...)', or as __attribute__((...))",
                 slice(t, after, after), d->name);
    } else if (is_punct(t, after, ",")) {
        /* the output writes the generator's declarations its own way:
           the others would be lost with this one's text */
        error_at(&t->diag, toks[after].begin, "a declaration of generator '%s' declares it alone: declare what "
                 "follows the ',' in a declaration of its own", d->name);
    } else if (is_punct(t, after, ")")) {
        /* `int (*pick(void))(int, int)`: R around the name */
        error_at(&t->diag, d->name_off, "the result type of generator '%s' is written around its name (a "
                 "function pointer's or an array's declarator): give the type a name with typedef, and write "
                 "'generator(...) NAME_T %s(...)'", d->name, d->name);
        refuse_declaration(t, i);
    } else if (!is_punct(t, after, ";")) {
        error_at(&t->diag, toks[after].begin, "expected '{' or ';' after the generator's parameter list");
    }
    vec_push(&t->lx.decls, d);
    /* (after an error no output is written: no need to look for the end) */
    bool proto = is_punct(t, after, ";") || is_punct(t, after, ",");
    d->end = d->body_end ? d->body_end : proto ? decl_end(t, d) : d->params_end;

    /* The view: `struct NAME {...} NAME(P); R yc__body_` before the name,
       after the specifiers written after `generator(...)` (`static`: clang
       must see it as the output has it, or `static` after an external
       prototype would pass the parse and fail the output's compile). */
    Buf b = { 0 };
    const char *params = t->src.text + d->params_begin;
    int plen = (int)(d->params_end - d->params_begin);
    buf_puts(&b, d->specifiers);
    if (d->first_decl == d) {
        view_struct(&b, d->name, d->ytype, d->stype, d->rtype);
        buf_puts(&b, " ");
    } else {
        buf_printf(&b, "struct %s ", d->name);
    }
    /* yc__view_fn_NAME (what the body's yc__yield points to) declared here,
       for a file that does not include yieldc.h: a name of its own for
       each body (one declaration each: thousands of redeclarations of one
       name cost clang time quadratic in their number, 100k lines 1.9 ->
       6.5 s) */
    if (d->body_end)
        buf_printf(&b, "%s%.*s; extern void (*const yc__view_fn_%s)(void); %s yc__body_", d->name, plen, params,
                   d->name, d->rtype);
    add_edit(&t->lx, d->kw, d->name_off - d->kw, buf_done(&b), NULL);
    if (d->body_end) {
        /* initialized: a call of it draws no warning, -Werror or not;
           unused: a body without a yield of a value draws none either
           (clangd, through --ide-view, reports the view's warnings); not
           null: clang's analyzer, through the view, would report its calls
           (yc__view_fn_NAME, declared before the body, is a pointer to a
           function of no arguments, which converts to any other without a
           warning) */
        const char *ret = d->stype ? view_type(d->stype) : "void";
        const char *arg = is_void(d->ytype) ? "void" : view_type(d->ytype);
        char *decl = yc_format(" %s (*yc__yield)(%s) __attribute__((unused)) = (%s (*)(%s))yc__view_fn_%s;", ret,
                               arg, ret, arg, d->name);
        add_edit(&t->lx, toks[after].end, 0, decl, NULL);
    }
    return d->body_end ? match_close(t, open) + 1 : after;
}

/* A generator's declaration refused before it was read whole (a type
   missing in `generator(...)`, no name, ...): the declaration and its
   body, if it has one, are left to that error (clang's errors in them,
   and their yields, follow from it). */
static int lex_generator(Tool *t, int i)
{
    int said = t->diag.errors + t->diag.held.len, decls = t->lx.decls.len;     /* (lex's are held) */
    int next = lex_generator_decl(t, i);
    if (t->diag.errors + t->diag.held.len != said && t->lx.decls.len == decls)
        refuse_declaration(t, i);
    return next;
}

/* The declaration whose `generator` is token i, and its body if it has
   one, left to an error of lex's there (Lexed.refused_decls). */
static void refuse_declaration(Tool *t, int i)
{
    int semi = next_at_level(t, i, t->lx.ntoks, ";"), open = next_at_level(t, i, t->lx.ntoks, "{");
    int k = open < semi ? match_close(t, open) : semi;
    if (k >= t->lx.ntoks)
        k = t->lx.ntoks - 1;
    vec_push(&t->lx.refused_decls, ((Span){ t->lx.toks[i].begin, t->lx.toks[k].end }));
}

/* ---- yields ---- */

/* Tokens [*first, *last] without the parentheses around all of them
   (`yield from (f(x))`, as a macro writes it). */
static void strip_parens(Tool *t, int *first, int *last)
{
    while (*first < *last && is_punct(t, *first, "(") && match_close(t, *first) == *last) {
        ++*first;
        --*last;
    }
}

/* Are the tokens [first, last] a call `f(...)`, in parentheses or not? */
static bool is_call(Tool *t, int first, int last)
{
    strip_parens(t, &first, &last);
    return first < last && t->lx.toks[first].kind == TK_IDENT && is_punct(t, first + 1, "(") &&
           match_close(t, first + 1) == last;
}

static bool ends_operand(Tool *t, int i)
{
    static const char *const stops[] = { ";", ",", ")", "]", "}", NULL };
    /* a statement's first word: the `;` before it is missing, which clang says best */
    static const char *const words[] = { "return", "if", "while", "for", "do", "switch", "break",
                                         "continue", "goto", "else", "case", "default", NULL };
    for (int k = 0; stops[k]; k++)
        if (is_punct(t, i, stops[k]))
            return true;
    for (int k = 0; words[k]; k++)
        if (i < t->lx.ntoks && t->lx.toks[i].kind == TK_KEYWORD && tok_is(t, &t->lx.toks[i], words[k]))
            return true;
    return false;
}

/* The last token of the assignment-expression that starts at token i
   (`in_directive`: of a macro's replacement list, ending at `limit`). */
static int operand_last(Tool *t, int i, int limit, bool in_directive)
{
    int depth = 0, questions = 0, braces = 0;
    for (; i < limit; i++) {
        if (in_directive ? t->lx.toks[i].inactive : passed_over(&t->lx.toks[i]))
            continue;
        if (depth == 0 && ends_operand(t, i))
            break;
        /* a `;` outside braces (a statement expression's) ends it even
           inside an unclosed parenthesis, as clang's recovery reads
           `yield (a + 1;` (the view's `)` after the whole rest of the body
           made errors down to the file's end) */
        if (braces == 0 && (is_punct(t, i, ";") || is_punct(t, i, "}")))
            break;
        if (is_punct(t, i, "{"))
            braces++;
        else if (is_punct(t, i, "}"))
            braces--;
        if (depth == 0 && is_punct(t, i, ":")) {
            if (questions == 0)
                break;
            questions--;
        }
        if (is_punct(t, i, "?") && depth == 0)
            questions++;
        else if (is_punct(t, i, "(") || is_punct(t, i, "[") || is_punct(t, i, "{"))
            depth++;
        else if (is_punct(t, i, ")") || is_punct(t, i, "]") || is_punct(t, i, "}"))
            depth--;
    }
    return i - 1;
}

/* Where unevaluated_context is in a generator's body: the tokens from the
   body's first up to a yield are read once per body (the yields of a body
   come in order, and each continues where the last one stopped). */
typedef struct ContextScan {
    int body_first, next;   /* the tokens [body_first, next) are read */
    int *stack, sp, cap;    /* the token before each open parenthesis (no limit: clang's
                               -fbracket-depth may allow any depth) */
    bool in_case;
    int case_depth, questions;
} ContextScan;

/* Is token i inside the operand of sizeof / _Alignof / typeof / a case label? */
static const char *unevaluated_context(Tool *t, ContextScan *cs, int body_first, int i)
{
    static const char *const ops[] = { "sizeof", "_Alignof", "alignof", "__alignof__", "__alignof",
                                       "typeof", "__typeof__", "__typeof", "_Static_assert",
                                       "_Generic", "__builtin_choose_expr", "__builtin_constant_p",
                                       "__builtin_classify_type", "__builtin_object_size",
                                       "__builtin_dynamic_object_size", "__builtin_types_compatible_p",
                                       "__builtin_offsetof", NULL };
    ContextScan *st = cs;
    if (st->body_first != body_first || st->next > i) {
        st->body_first = st->next = body_first;
        st->sp = 0;
        st->in_case = false;
        st->case_depth = st->questions = 0;
    }
    int *stack = st->stack, sp = st->sp;
    bool in_case = st->in_case;
    int case_depth = st->case_depth, questions = st->questions;
    for (int k = st->next; k < i; k++) {
        if (passed_over(&t->lx.toks[k]))
            continue;
        if (is_punct(t, k, "(")) {
            if (sp >= st->cap)
                st->stack = stack = vec_grow(st->stack, st->cap, &st->cap, sizeof *stack);
            if (sp >= 0)
                stack[sp] = k - 1;
            sp++;
        } else if (is_punct(t, k, ")")) {
            sp--;
        } else if (is_ident(t, k, "case")) {
            in_case = true;
            case_depth = sp;
            questions = 0;
        } else if (in_case && sp == case_depth && is_punct(t, k, "?")) {
            questions++;
        } else if (in_case && sp == case_depth && is_punct(t, k, ":")) {
            if (questions-- == 0)
                in_case = false;
        }
    }
    st->next = i;
    st->sp = sp;
    st->in_case = in_case;
    st->case_depth = case_depth;
    st->questions = questions;
    for (int s = 0; s < sp; s++)
        for (int o = 0; ops[o]; o++)
            if (is_ident(t, stack[s], ops[o]))
                return ops[o];
    for (int o = 0; ops[o]; o++)
        if (is_ident(t, i - 1, ops[o]))
            return ops[o];
    return in_case ? "case" : NULL;
}

/* Can a `yield` stand right after token i without parentheses?  It takes
   the whole assignment-expression to its right, so it may follow only what
   an assignment-expression may follow. */
static bool yield_may_follow(Tool *t, int i, int first)
{
    static const char *const ok[] = { "(", "[", "{", "}", ";", ",", "?", "=", "*=", "/=", "%=", "+=",
                                      "-=", "<<=", ">>=", "&=", "^=", "|=", "return", "else", "do",
                                      NULL };
    while (i >= first && passed_over(&t->lx.toks[i]))
        i--;
    if (i < first)
        return true;
    for (int k = 0; ok[k]; k++)
        if (tok_is(t, &t->lx.toks[i], ok[k]))
            return true;
    /* After `)` or a name: a statement begins (`if (c)`, a macro like
       `REPEAT(n)` or `FOREVER`), or it is a cast, refused by find.c. */
    if (is_punct(t, i, ")") || t->lx.toks[i].kind == TK_IDENT)
        return true;
    if (is_punct(t, i, ":")) {     /* a label, not the `:` of `?:` */
        int depth = 0, questions = 0;
        for (int k = i - 1; k >= first; k--) {
            if (passed_over(&t->lx.toks[k]))
                continue;
            if (is_punct(t, k, ")") || is_punct(t, k, "]"))
                depth++;
            else if (is_punct(t, k, "(") || is_punct(t, k, "["))
                depth--;
            if (depth < 0 || is_punct(t, k, ";") || is_punct(t, k, "{") || is_punct(t, k, "}"))
                break;
            if (depth == 0 && is_punct(t, k, "?"))
                questions++;
            if (depth == 0 && is_punct(t, k, ":"))
                questions--;
        }
        return questions <= 0;
    }
    return false;
}

/* Is the yield at token i in an association of the `_Generic` around
   it (after the controlling expression's comma), not in that expression? */
static bool in_generic_association(Tool *t, int body_first, int i)
{
    int depth = 0;
    bool comma = false;     /* a comma at the level being scanned, before i */
    for (int k = i - 1; k >= body_first; k--) {
        if (passed_over(&t->lx.toks[k]))
            continue;
        if (is_punct(t, k, ")") || is_punct(t, k, "]") || is_punct(t, k, "}")) {
            depth++;
        } else if (is_punct(t, k, "(") || is_punct(t, k, "[") || is_punct(t, k, "{")) {
            if (depth > 0) {
                depth--;
                continue;
            }
            if (k > body_first && is_ident(t, k - 1, "_Generic"))
                return comma;
            comma = false;  /* out to the level around */
        } else if (depth == 0 && is_punct(t, k, ",")) {
            comma = true;
        }
    }
    return false;
}

static bool statement_keyword(const Tool *t, const Tok *tk)
{
    static const char *const words[] = { "return", "else", "do", "case", "goto", "sizeof", "_Alignof", NULL };
    for (int i = 0; words[i]; i++)
        if (tok_is(t, tk, words[i]))
            return true;
    return false;
}

/* Does the `yield` at token k name what a declaration declares (`int
   yield = 3;`, `char *yield;`, `T yield;` at a statement's start, a
   member `int yield;`), not an expression's yield (`a * yield;`)? */
bool yield_declared_at(const Tool *t, int k)
{
    if (k < 1 || k + 1 >= t->lx.ntoks)
        return false;
    static const char *const after[] = { "=", ";", ",", "[", ")", ":", NULL };
    bool ends = false;
    for (int i = 0; after[i] && !ends; i++)
        ends = tok_is(t, &t->lx.toks[k + 1], after[i]);
    int p = k - 1;
    while (p > 0 && tok_is(t, &t->lx.toks[p], "*"))
        p--;
    const Tok *tp = &t->lx.toks[p];
    if (!ends || p < 0 || (tp->kind != TK_KEYWORD && tp->kind != TK_IDENT))
        return false;
    if (tp->kind == TK_KEYWORD)     /* a type's keyword, not a statement's */
        return !statement_keyword(t, tp);
    /* an identifier: a type's name where a statement or declaration
       begins (after a qualifier or storage class too), or a tag's name */
    if (p == 0)
        return true;
    const Tok *b = &t->lx.toks[p - 1];
    return tok_is(t, b, ";") || tok_is(t, b, "{") || tok_is(t, b, "}") ||
           (b->kind == TK_KEYWORD && !statement_keyword(t, b));
}

static void lex_yield(Tool *t, ContextScan *cs, GenDecl *g, int body_first, int i)
{
    Tok *toks = t->lx.toks;
    YieldTok *y = yc_alloc(sizeof *y);
    y->kw = toks[i].begin;
    y->gen = g;
    const char *ctx = unevaluated_context(t, cs, body_first, i);
    if (ctx) {
        if (!strcmp(ctx, "case"))
            error_at(&t->diag, y->kw, "'yield' in a case label: a case label must be a constant expression");
        else if (!strcmp(ctx, "_Generic") && in_generic_association(t, body_first, i))
            error_at(&t->diag, y->kw, "'yield' in an association of '_Generic' is not supported: the compiler "
                                      "chooses the one that runs, after yieldc; keep the yield's value in a "
                                      "variable first, and use that");
        else if (!strcmp(ctx, "__builtin_choose_expr"))
            error_at(&t->diag, y->kw, "'yield' in an operand of '__builtin_choose_expr' is not supported: the "
                                      "compiler chooses the one that runs, after yieldc; keep the yield's value "
                                      "in a variable first, and use that");
        else
            error_at(&t->diag, y->kw, "'yield' in the operand of '%s', which is never evaluated", ctx);
        return;
    }
    int before = i - 1;
    while (before >= body_first && is_punct(t, before, "("))
        before--;
    if (is_punct(t, before, ":") && is_punct(t, before - 1, "?")) {
        error_at(&t->diag, y->kw, "'yield' in the right operand of GNU 'a ?: b' is not supported: write "
                        "'a ? a : (yield ...)' with a temporary");
        return;
    }
    if (!yield_may_follow(t, i - 1, body_first - 1) && source_line(&t->src, toks[i - 1].end) < source_line(&t->src, y->kw)) {
        error_at(&t->diag, toks[i - 1].end, "expected ';' after expression");     /* as clang would say */
        return;
    }
    if (!yield_may_follow(t, i - 1, body_first - 1) && yield_declared_at(t, i)) {
        /* `int yield = 3;` */
        error_at(&t->diag, y->kw, "'yield' is yieldc's keyword in a generator's body: it cannot be declared there; "
                 "choose another name");
        return;
    }
    if (!yield_may_follow(t, i - 1, body_first - 1)) {
        size_t n;
        const char *op = tok_text(t, &toks[i - 1], &n);
        error_at(&t->diag, y->kw, "'yield' must be parenthesized after '%.*s': it takes the whole expression to "
                        "its right, as in Python (write '(yield ...)')", (int)n, op);
        return;
    }
    if (is_ident(t, i + 1, "from")) {
        /* the view: `(X).yc__plr()` or `(X)->yc__plr()`, of the sub's result type */
        if (ends_operand(t, i + 2)) {
            error_at(&t->diag, toks[i + 1].end, "'yield from' needs a generator: a call of one, or a pointer to one");
            return;
        }
        if (is_ident(t, i + 2, "yield")) {
            error_at(&t->diag, toks[i + 2].begin, "'yield' must be parenthesized after 'yield from': it takes the "
                     "whole expression to its right, as in Python (write 'yield from (yield ...)')");
            return;
        }
        int last = operand_last(t, i + 2, t->lx.ntoks, false);
        y->is_from = true;
        y->operand_begin = toks[i + 2].begin;
        y->operand_end = toks[last].end;
        y->from_call = is_call(t, i + 2, last);
        add_edit(&t->lx, y->kw, toks[i + 1].end - y->kw, "(", y);
        add_edit(&t->lx, y->operand_end, 0, y->from_call ? ").yc__plr()" : ")->yc__plr()", NULL);
        vec_push(&t->lx.yields, y);
        return;
    }
    y->bare = ends_operand(t, i + 1) || is_punct(t, i + 1, ":");
    bool void_y = is_void(g->ytype);
    if (y->bare && !void_y) {
        error_at(&t->diag, y->kw, "'yield' needs a value: generator '%s' yields '%s'", g->name, g->ytype);
        return;
    }
    if (!y->bare && void_y) {
        error_at(&t->diag, toks[i + 1].begin, "'yield' with a value in generator '%s', whose yield type is void",
                 g->name);
        return;
    }
    if (y->bare) {
        add_edit(&t->lx, y->kw, toks[i].end - toks[i].begin, "yc__yield()", y);
    } else {
        int last = operand_last(t, i + 1, t->lx.ntoks, false);
        y->operand_begin = toks[i + 1].begin;
        y->operand_end = toks[last].end;
        for (int k = i + 1; k < last; k++)
            if (toks[k].in_directive) {
                error_at(&t->diag, toks[k].begin, "a preprocessor directive inside the operand of 'yield' is not "
                                        "supported: compute the value into a variable first");
                return;
            }
        add_edit(&t->lx, y->kw, toks[i].end - toks[i].begin, "yc__yield(", y);
        add_edit(&t->lx, y->operand_end, 0, ")", NULL);
    }
    vec_push(&t->lx.yields, y);
}

/* The name's token of the #define that token i is in, or -1. */
static int defined_name(Tool *t, int i)
{
    int k = i;
    while (k > 0 && t->lx.toks[k - 1].in_directive && !is_punct(t, k, "#"))
        k--;
    return is_punct(t, k, "#") && is_ident(t, k + 1, "define") ? k + 2 : -1;
}

/* `#define NAME ... yield ...`: remember NAME. */
static void note_yield_macro(Tool *t, int i)
{
    int k = defined_name(t, i);
    if (k >= 0)
        vec_push(&t->lx.yield_macros, slice(t, k, k));
}

/* Is token i (an identifier) the name of a macro that writes `generator(`? */
static bool is_generator_macro(Tool *t, int i)
{
    for (int k = 0; k < t->lx.generator_macros.len; k++)
        if (tok_is(t, &t->lx.toks[i], t->lx.generator_macros.items[k]))
            return true;
    return false;
}

/* The error for an invocation (at) of macro `name` that writes
   `generator(...)` where a function is declared (once per invocation: lex
   and parse_report may both find it). */
void error_generator_macro(Tool *t, size_t at, const char *name)
{
    OffVec *done = &t->lx.generator_macro_errors;
    for (int k = 0; k < done->len; k++)
        if (done->items[k] == at)
            return;
    vec_push(done, at);
    error_at(&t->diag, at, "'generator(...)' written by macro '%s': yieldc finds a generator where "
                           "'generator(...)' is written in the file, not in a macro's expansion; write it "
                           "here (a macro may still give the specifiers before it, 'static', attributes)", name);
}

/* Token i, an identifier in a directive: a #define whose body writes
   `generator(...)` as a generator's declaration begins (a return type
   after it, or the body's end: `static generator(T)`), or invokes a macro
   that does, is noted; `return generator(seed);` calls a function. */
static void note_generator_macro(Tool *t, int i)
{
    const Tok *toks = t->lx.toks;
    if (i >= 2 && is_punct(t, i - 2, "#") && (is_ident(t, i - 1, "define") || is_ident(t, i - 1, "undef"))) {
        /* a name defined again, or undefined: forgotten, until its body says otherwise */
        StrVec *m = &t->lx.generator_macros;
        for (int k = 0; k < m->len; k++)
            if (tok_is(t, &toks[i], m->items[k]))
                m->items[k--] = m->items[--m->len];
        return;
    }
    bool writes = is_generator_macro(t, i);
    if (is_ident(t, i, "generator") && is_punct(t, i + 1, "(") && toks[i + 1].in_directive) {
        int close = match_close(t, i + 1);
        int after = close + 1;
        bool body_ends = after >= t->lx.ntoks || !toks[after].in_directive || is_punct(t, after, "#");
        writes = close < t->lx.ntoks &&
                 (body_ends || toks[after].kind == TK_IDENT || toks[after].kind == TK_KEYWORD);
    }
    int k = writes ? defined_name(t, i) : -1;
    if (k >= 0 && k < i)
        vec_push(&t->lx.generator_macros, slice(t, k, k));
}

static int cmp_edit(const void *a, const void *b)
{
    const Edit *x = a, *y = b;
    if (x->off != y->off)
        return x->off < y->off ? -1 : 1;
    return x->seq - y->seq;
}

static void build_view(Tool *t)
{
    Lexed *lx = &t->lx;
    bool sorted = true;     /* as they mostly are: made in source order */
    for (int i = 1; i < lx->nedits && sorted; i++)
        sorted = cmp_edit(&lx->edits[i - 1], &lx->edits[i]) < 0;
    if (!sorted)
        qsort(lx->edits, (size_t)lx->nedits, sizeof *lx->edits, cmp_edit);
    Buf v = { 0 };
    size_t size = t->src.len;   /* its room at once: a copy per growth would touch twice the pages */
    for (int i = 0; i < lx->nedits; i++)
        size += lx->edits[i].ins_len;
    buf_try_reserve(&v, size);
    size_t pos = 0;
    for (int i = 0; i < lx->nedits; i++) {
        Edit *e = &lx->edits[i];
        buf_put(&v, t->src.text + pos, e->off - pos);
        e->view_off = v.len;
        buf_put(&v, e->ins, e->ins_len);
        pos = e->off + e->del;
        if (e->yield)
            e->yield->parse_off = e->view_off;
    }
    buf_put(&v, t->src.text + pos, t->src.len - pos);
    t->lx.view_len = v.len;
    t->lx.view = buf_done(&v);
}

static bool edit_at_or_before(const void *ctx, int i)
{
    const LexQuery *q = ctx;
    return q->lx->edits[i].view_off <= q->off;
}

/* The last edit at or before view offset v, or NULL (lookups mostly go
   forward: the last answer is tried first). */
static const Edit *edit_before(Lexed *lx, size_t v)
{
    int last = lx->edit_hint;
    int lo;
    if (last < lx->nedits && lx->edits[last].view_off <= v &&
        (last + 1 == lx->nedits || lx->edits[last + 1].view_off > v)) {
        lo = last + 1;
    } else {
        LexQuery q = { lx, v };
        lo = lower_bound(lx->nedits, edit_at_or_before, &q);
        if (lo > 0)
            lx->edit_hint = lo - 1;
    }
    return lo ? &lx->edits[lo - 1] : NULL;
}

/* The offset in INPUT of view offset v. */
size_t view_to_source(Lexed *lx, size_t v)
{
    const Edit *e = edit_before(lx, v);
    if (!e)
        return v;
    if (v < e->view_off + e->ins_len)
        return e->off;
    return e->off + e->del + (v - e->view_off - e->ins_len);
}

/* Is view offset v in text the view inserted (not INPUT's own)?  Then
   *off: the source offset the insertion is at. */
bool view_inserted_at(Lexed *lx, size_t v, size_t *off)
{
    const Edit *e = edit_before(lx, v);
    if (!e || v >= e->view_off + e->ins_len)
        return false;
    *off = e->off;
    return true;
}

void lex_edit_at(const Lexed *lx, int i, size_t *off, size_t *del, const char **ins, size_t *ins_len)
{
    const Edit *e = &lx->edits[i];
    *off = e->off;
    *del = e->del;
    *ins = e->ins;
    *ins_len = e->ins_len;
}

/* Can token i begin the return type after `generator(...)`?  Otherwise
   `generator` is an ordinary name: `int generator(int x) { ... }`,
   `T generator(T a, T b);`, `sizeof(generator(1))`. */
static bool begins_type(Tool *t, int i)
{
    while (i < t->lx.ntoks && passed_over(&t->lx.toks[i]))
        i++;
    return i < t->lx.ntoks && (t->lx.toks[i].kind == TK_IDENT || t->lx.toks[i].kind == TK_KEYWORD);
}

/* Can token i begin a declaration, or be one of its specifiers?  After
   nothing, `;`, `}`, a `)` (an attribute's) or a name (a specifier's): not
   in an expression (`int v = G;`, `sizeof G`, where a macro's
   `generator(1)` is a call of a function named so). */
static bool begins_declaration(Tool *t, int i)
{
    int k = i - 1;
    while (k >= 0 && passed_over(&t->lx.toks[k]))
        k--;
    if (k < 0)
        return true;
    const Tok *p = &t->lx.toks[k];
    static const char *const operators[] = { "sizeof", "_Alignof", "alignof", "__alignof__", "__alignof", NULL };
    for (int n = 0; operators[n]; n++)
        if (tok_is(t, p, operators[n]))
            return false;
    return p->kind == TK_IDENT || p->kind == TK_KEYWORD || tok_is(t, p, ";") || tok_is(t, p, "}") ||
           tok_is(t, p, ")");
}

/* INPUT's own #line directives (and GNU `# N "FILE"` line markers) in
   active code: emit's #line directives say the lines they give. */
static void note_line_directives(Tool *t)
{
    Lexed *lx = &t->lx;
    lx->line_directives.len = 0;
    for (int i = 0; i + 1 < lx->ntoks; i++) {
        const Tok *h = &lx->toks[i];
        if (!h->in_directive || h->inactive || !tok_is(t, h, "#") ||
            (i > 0 && lx->toks[i - 1].in_directive &&
             source_line(&t->src, lx->toks[i - 1].begin) == source_line(&t->src, h->begin)))
            continue;   /* (a `#` inside a directive: stringizing) */
        int k = i + 1;
        if (tok_is(t, &lx->toks[k], "line") && lx->toks[k].in_directive)
            k++;
        if (k >= lx->ntoks || !lx->toks[k].in_directive || lx->toks[k].kind != TK_LITERAL)
            continue;
        size_t n;
        const char *num = tok_text(t, &lx->toks[k], &n);
        unsigned value = 0;
        bool digits = n > 0;
        for (size_t c = 0; c < n && digits; c++) {
            digits = num[c] >= '0' && num[c] <= '9';
            value = value * 10 + (unsigned)(num[c] - '0');
        }
        if (!digits)
            continue;   /* `#line MACRO`: its value is the preprocessor's */
        LineDirective d = { source_line(&t->src, h->begin), value, NULL };
        const Tok *f = k + 1 < lx->ntoks ? &lx->toks[k + 1] : NULL;
        if (f && f->in_directive && f->kind == TK_LITERAL && t->src.text[f->begin] == '"' &&
            source_line(&t->src, f->begin) == d.line) {
            const char *lit = tok_text(t, f, &n);
            d.file = yc_strndup(lit + 1, n >= 2 ? n - 2 : 0);
        }
        vec_push(&lx->line_directives, d);
    }
}

/* INPUT's line `line` as the compiler numbers it after INPUT's own #line
   directives before it; *file: the file the last of them names, as its
   string literal writes it (escapes kept), or NULL: INPUT itself. */
unsigned presumed_line(const Tool *t, unsigned line, const char **file)
{
    const LineDirective *ds = t->lx.line_directives.items;
    int lo = 0, hi = t->lx.line_directives.len;     /* the first directive at or after `line` */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (ds[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    *file = NULL;
    if (lo == 0)
        return line;
    for (int j = lo - 1; j >= 0 && !*file; j--)
        *file = ds[j].file;
    return ds[lo - 1].value + (line - ds[lo - 1].line - 1);
}

/* Finds the generators and yields among the tokens, then builds the view.
   Once clang has told which preprocessor branches are inactive (a second
   scan, see lex_again), their tokens are passed over: a brace in both
   branches of an #ifdef is counted once. */
static void scan(Tool *t)
{
    Lexed *lx = &t->lx;
    ContextScan cs = { .body_first = -1 };
    int depth = 0;
    for (int i = 0; i < lx->ntoks; i++) {
        Tok *tk = &lx->toks[i];
        if (tk->inactive)
            continue;
        if (tk->in_directive) {
            if (tk->kind == TK_IDENT && tok_is(t, tk, "yield"))
                note_yield_macro(t, i);
            else if (tk->kind == TK_IDENT)
                note_generator_macro(t, i);
            continue;
        }
        if (is_punct(t, i, "{"))
            depth++;
        else if (is_punct(t, i, "}"))
            depth--;
        else if (depth == 0 && tk->kind == TK_IDENT && lx->generator_macros.len && is_generator_macro(t, i) &&
                 begins_declaration(t, i)) {
            /* clang would read its expansion as a function, with errors
               at its yields: say what is wrong first */
            error_generator_macro(t, tk->begin, slice(t, i, i));
        }
        else if (depth > 0 && tk->kind == TK_IDENT && tok_is(t, tk, "generator") && is_punct(t, i + 1, "(") &&
                 begins_type(t, match_close(t, i + 1) + 1) &&
                 (begins_declaration(t, i) || (i > 0 && is_punct(t, i - 1, "{")))) {
            /* (clang: "expected expression") */
            error_at(&t->diag, tk->begin, "a generator is declared at file scope, not inside a function: move this "
                     "declaration out of the function");
        }
        else if (depth == 0 && tk->kind == TK_IDENT && tok_is(t, tk, "generator") && is_punct(t, i + 1, "(") &&
                 begins_type(t, match_close(t, i + 1) + 1)) {
            int next = lex_generator(t, i);
            GenDecl *d = lx->decls.len ? lx->decls.items[lx->decls.len - 1] : NULL;
            if (d && d->kw == tk->begin && d->body_end) {
                int first = tok_at_or_after(lx, d->body_begin) + 1;
                for (int k = first; k < next; k++) {
                    if (lx->toks[k].inactive)
                        continue;
                    if (lx->toks[k].in_directive) {
                        if (is_ident(t, k, "yield"))
                            note_yield_macro(t, k);
                        continue;
                    }
                    if (is_ident(t, k, "yield") && !(k > first && (is_punct(t, k - 1, ".") || is_punct(t, k - 1, "->"))))
                        lex_yield(t, &cs, d, first, k);     /* (not a member named yield: `p->yield`) */
                }
            }
            i = next - 1;
        } else if (tk->kind == TK_IDENT && tok_is(t, tk, "yield")) {
            /* outside any generator: an error once we know yieldc.h is in */
            YieldTok *y = yc_alloc(sizeof *y);
            y->kw = tk->begin;
            vec_push(&lx->yields, y);
        }
    }
    note_line_directives(t);
    build_view(t);
}

bool lex_file(Tool *t)
{
    if (!tokenize(t))
        return false;
    scan(t);
    return true;    /* its errors are held until clang tells the inactive branches */
}

/* Scans again, passing over the inactive preprocessor branches: the view
   had code of a generator there. */
bool lex_again(Tool *t, const SpanVec *inactive)
{
    Lexed *lx = &t->lx;
    for (int r = 0; r < inactive->len; r++)
        for (int i = tok_at_or_after(lx, inactive->items[r].begin);
             i < lx->ntoks && lx->toks[i].begin < inactive->items[r].end; i++)
            lx->toks[i].inactive = true;
    diag_discard_held(&t->diag);
    lx->decls = (GenDeclVec){ 0 };
    lx->yields = (YieldTokVec){ 0 };
    lx->yield_macros = (StrVec){ 0 };
    lx->generator_macros = (StrVec){ 0 };
    lx->generator_macro_errors = (OffVec){ 0 };
    lx->refused_decls = (SpanVec){ 0 };
    lx->by_name = (Map){ 0 };
    lx->nedits = 0;
    scan(t);
    return true;
}

/* ---- the editors' view (--ide-view) ---- */

static bool same_text(Tool *t, int a, int b)
{
    size_t n, m;
    const char *x = tok_text(t, &t->lx.toks[a], &n), *y = tok_text(t, &t->lx.toks[b], &m);
    return n == m && !memcmp(x, y, n);
}

/* Is the argument for the parameter at `param` (counted from 0; a
   variadic macro's `...`: its first) in the first invocation of the macro
   named by token `name` a call?  Yes when there is none. */
static bool argument_is_call(Tool *t, int name, int param)
{
    Lexed *lx = &t->lx;
    for (int i = 0; i < lx->ntoks; i++) {
        if (passed_over(&lx->toks[i]) || lx->toks[i].kind != TK_IDENT || !same_text(t, i, name) ||
            !is_punct(t, i + 1, "("))
            continue;
        int close = match_close(t, i + 1), arg = i + 2, index = 0;
        for (int k = arg, depth = 0; k < close; k++) {
            if (is_punct(t, k, "(") || is_punct(t, k, "[") || is_punct(t, k, "{")) {
                depth++;
            } else if (is_punct(t, k, ")") || is_punct(t, k, "]") || is_punct(t, k, "}")) {
                depth--;
            } else if (depth == 0 && is_punct(t, k, ",")) {
                if (index++ == param)
                    return is_call(t, arg, k - 1);
                arg = k + 1;
            }
        }
        return is_call(t, arg, close - 1);
    }
    return true;
}

/* The editor's view adds edits to lex's, which are sorted: `lex` of them.
   A new one is made only where it changes no text another one changes
   (a `#define` between `generator(...)` and the generator's name is in
   the text lex's edit replaces). */
typedef struct IdeEdits {
    Tool *t;
    int lex;
    /* the macros that end in `yield` met (a name defined twice, under
       #ifdef and #else, or after #undef, has its invocations edited once) */
    int tails[64], ntails;
    bool invoked[64];
} IdeEdits;

static bool edit_ends_by(const void *ctx, int i)
{
    const LexQuery *q = ctx;
    return q->lx->edits[i].off + q->lx->edits[i].del <= q->off;
}

static bool span_free(IdeEdits *ie, size_t off, size_t del)
{
    Lexed *lx = &ie->t->lx;
    LexQuery q = { lx, off };
    int i = lower_bound(ie->lex, edit_ends_by, &q);     /* the first lex edit that ends after off */
    return i == ie->lex || lx->edits[i].off >= off + del;
}

/* The edit (off, del, ins), and (off2, 0, ins2) if ins2: both or none. */
static void ide_edit(IdeEdits *ie, size_t off, size_t del, const char *ins, size_t off2, const char *ins2)
{
    if (!span_free(ie, off, del) || (ins2 && !span_free(ie, off2, 0)))
        return;
    add_edit(&ie->t->lx, off, del, ins, NULL);
    if (ins2)
        add_edit(&ie->t->lx, off2, 0, ins2, NULL);
}

/* A `yield` in the replacement list of `#define NAME` (the directive's
   tokens [body, limit), the parameters' [params, params_end)): in an
   editor's view, the call it is in a body's view, so that clang parses
   the macro's invocations in a generator's body (yieldc's own parse
   expands them instead: expand.c).  A bare `yield` is one with nothing
   after it but the end of a statement; one that ends the macro is left to
   ide_macro_tail.  `yield from X` is `(X).yc__plr()` when X is a call,
   `(X)->yc__plr()` when X is a pointer; when X is a parameter, its
   argument in the macro's first invocation tells which. */
static void ide_macro_yield(IdeEdits *ie, int name, int i, int params, int params_end, int limit)
{
    Tool *t = ie->t;
    Tok *toks = t->lx.toks;
    if (i + 1 < limit && is_ident(t, i + 1, "from")) {
        if (i + 2 >= limit || ends_operand(t, i + 2))
            return;
        int last = operand_last(t, i + 2, limit, true);
        bool call = is_call(t, i + 2, last);
        int first = i + 2, end = last;     /* the operand inside its parentheses: `yield from (g)` */
        strip_parens(t, &first, &end);
        for (int k = params, index = 0; end == first && k < params_end; k++) {
            if ((toks[k].kind == TK_IDENT && same_text(t, k, first)) ||
                (is_punct(t, k, "...") && is_ident(t, first, "__VA_ARGS__")))
                call = argument_is_call(t, name, index);
            index += is_punct(t, k, ",");
        }
        ide_edit(ie, toks[i].begin, toks[i + 1].end - toks[i].begin, "(", toks[last].end,
                 call ? ").yc__plr()" : ")->yc__plr()");
    } else if (i + 1 >= limit) {
        /* the last word of the macro: its operand may follow an invocation
           (`AWAIT(c) (x);`): ide_macro_tail */
    } else if (ends_operand(t, i + 1) || is_punct(t, i + 1, ":")) {
        ide_edit(ie, toks[i].begin, toks[i].end - toks[i].begin, "yc__yield()", 0, NULL);
    } else {
        int last = operand_last(t, i + 1, limit, true);
        ide_edit(ie, toks[i].begin, toks[i].end - toks[i].begin, "yc__yield(", toks[last].end, ")");
    }
}

/* A macro that ends in `yield` (the tokens `name`, followed by `(` if it
   takes arguments, and `yield`): its operand may follow an invocation.
   Invoked in this file's generators, that yield is `yc__yield` in the
   view, and each invocation is followed by `()` or has its operand
   parenthesized: `AWAIT(c);` is `AWAIT(c)();`, `AWAIT(c) x + 1;` is
   `AWAIT(c) (x + 1);`.  Not invoked here (a header's), it is `yc__yield()`,
   as its invocations mostly are. */
static void ide_macro_tail(IdeEdits *ie, int name, int yield)
{
    Tool *t = ie->t;
    Lexed *lx = &t->lx;
    bool takes_args = is_punct(t, name + 1, "(") && lx->toks[name + 1].begin == lx->toks[name].end;
    bool invoked = false;
    int m = 0;
    while (m < ie->ntails && !same_text(t, ie->tails[m], name))
        m++;
    if (m < ie->ntails) {       /* defined again: its invocations are edited */
        ide_edit(ie, lx->toks[yield].begin, lx->toks[yield].end - lx->toks[yield].begin,
                 ie->invoked[m] ? "yc__yield" : "yc__yield()", 0, NULL);
        return;
    }
    for (int g = 0; g < lx->decls.len; g++) {
        const GenDecl *d = lx->decls.items[g];
        if (!d->body_end)
            continue;
        for (int i = tok_at_or_after(lx, d->body_begin); i < lx->ntoks && lx->toks[i].begin < d->body_end; i++) {
            if (passed_over(&lx->toks[i]) || lx->toks[i].kind != TK_IDENT || !same_text(t, i, name))
                continue;
            int end = i;
            if (takes_args) {
                if (!is_punct(t, i + 1, "("))
                    continue;       /* the name alone: not an invocation */
                end = match_close(t, i + 1);
            }
            int next = end + 1;
            while (next < lx->ntoks && passed_over(&lx->toks[next]))
                next++;
            if (next >= lx->ntoks)
                break;
            if (ends_operand(t, next) || is_punct(t, next, ":"))
                ide_edit(ie, lx->toks[end].end, 0, "()", 0, NULL);
            else
                ide_edit(ie, lx->toks[next].begin, 0, "(", lx->toks[operand_last(t, next, lx->ntoks, false)].end, ")");
            invoked = true;
            i = end;
        }
    }
    if (ie->ntails < 64) {
        ie->tails[ie->ntails] = name;
        ie->invoked[ie->ntails++] = invoked;
    }
    ide_edit(ie, lx->toks[yield].begin, lx->toks[yield].end - lx->toks[yield].begin,
             invoked ? "yc__yield" : "yc__yield()", 0, NULL);
}

/* Is `yield` in this file yieldc's?  In a file that declares a generator
   or includes yieldc.h, or whose macros use it as only yieldc can (`yield
   from`, `yield x`: a name or a literal after it, not an operator); not
   in a C file with a member, a function, a macro or a macro parameter of
   that name.  (yieldc-clangd says so of a header that a file with generators
   includes: --ide-view=included.) */
static bool speaks_yieldc(Tool *t, bool included)
{
    Lexed *lx = &t->lx;
    if (lx->decls.len)
        return true;
    bool says = included;
    for (int i = 0; i < lx->ntoks; i++) {
        if (lx->toks[i].inactive || !lx->toks[i].in_directive)
            continue;
        if (is_punct(t, i, "#") && is_ident(t, i + 1, "define") && is_ident(t, i + 2, "yield"))
            return false;       /* `#define yield sched_yield`: the file's own name */
        if (is_punct(t, i, "#") && is_ident(t, i + 1, "include") && i + 2 < lx->ntoks &&
            lx->toks[i + 2].in_directive) {
            size_t n;
            const char *name = tok_text(t, &lx->toks[i + 2], &n);     /* "yieldc.h", ".../yieldc.h", <yieldc.h> */
            says |= (n >= 10 && !memcmp(name + n - 9, "yieldc.h\"", 9) && (name[n - 10] == '"' || name[n - 10] == '/')) ||
                    (is_punct(t, i + 2, "<") && is_ident(t, i + 3, "yieldc") && is_punct(t, i + 4, ".") &&
                     is_ident(t, i + 5, "h") && is_punct(t, i + 6, ">"));
        }
        says |= is_ident(t, i, "yield") && i + 1 < lx->ntoks && lx->toks[i + 1].in_directive &&
                lx->toks[i + 1].begin < directive_end(&t->src, lx->toks[i].begin) &&
                (lx->toks[i + 1].kind == TK_IDENT || lx->toks[i + 1].kind == TK_LITERAL) &&
                !is_punct(t, i - 1, ".") && !is_punct(t, i - 1, "->") && !is_ident(t, i - 1, "define");
    }
    return says;
}

static bool conditional_directive(Tool *t, int k, int *depth)
{
    if (!t->lx.toks[k].in_directive || !is_punct(t, k, "#"))
        return false;
    if (is_ident(t, k + 1, "if") || is_ident(t, k + 1, "ifdef") || is_ident(t, k + 1, "ifndef"))
        ++*depth;
    else if (is_ident(t, k + 1, "endif"))
        --*depth;
    else if (!is_ident(t, k + 1, "else") && !is_ident(t, k + 1, "elif") && !is_ident(t, k + 1, "elifdef") &&
             !is_ident(t, k + 1, "elifndef"))
        return false;
    return true;
}

/* Is a generator inside a conditional directive's branch (`#ifdef FAST`
   around one definition, `#else` around another), or is there one inside a
   generator's declaration or body?  Then a branch may be inactive, and the
   view wrong until lex_again. */
bool lex_branches_in_generators(Tool *t)
{
    Lexed *lx = &t->lx;
    int depth = 0, next = 0;        /* the conditionals open; the next declaration */
    for (int k = 0; k < lx->ntoks && next < lx->decls.len; k++) {
        const GenDecl *d = lx->decls.items[next];
        if (conditional_directive(t, k, &depth) && lx->toks[k].begin > d->kw && lx->toks[k].begin < d->end)
            return true;
        if (lx->toks[k].begin == d->kw && depth > 0)
            return true;
        while (next < lx->decls.len && lx->toks[k].end >= lx->decls.items[next]->end)
            next++;
    }
    return false;
}

/* The view for an editor (--ide-view) differs from yieldc's own parse
   view: a yield in a macro's definition is written as in a body
   (ide_macro_yield, ide_macro_tail), and a generator with a result may
   fall off its end (its result is then zero), which clang would warn of
   in a function returning a value: a return of a zero R says so. */
void lex_ide_view(Tool *t)
{
    Lexed *lx = &t->lx;
    IdeEdits ie = { .t = t, .lex = lx->nedits };
    bool yieldc = speaks_yieldc(t, t->ide_included);
    for (int h = 0; yieldc && h < lx->ntoks; h++) {
        if (!lx->toks[h].in_directive || lx->toks[h].inactive)  /* its first token: `#` (the rest is passed over below) */
            continue;
        size_t end = directive_end(&t->src, lx->toks[h].begin);
        int limit = h + 1;
        while (limit < lx->ntoks && lx->toks[limit].begin < end)
            limit++;
        if (!is_ident(t, h + 1, "define") || h + 2 >= limit) {
            h = limit - 1;
            continue;
        }
        int body = h + 3, params = body, params_end = body;
        if (is_punct(t, h + 3, "(") && lx->toks[h + 3].begin == lx->toks[h + 2].end) {
            params = h + 4;
            while (params_end < limit && !is_punct(t, params_end, ")"))
                params_end++;
            body = params_end + 1;
        }
        bool yield_param = false;       /* `#define TWICE(yield) ...`: a name, not yieldc's */
        for (int k = params; k < params_end; k++)
            yield_param |= is_ident(t, k, "yield");
        for (int i = body; i < limit && !yield_param; i++)
            if (lx->toks[i].kind == TK_IDENT && tok_is(t, &lx->toks[i], "yield") &&
                !(i > body && (is_punct(t, i - 1, "#") || is_punct(t, i - 1, "##") || is_punct(t, i - 1, ".") ||
                               is_punct(t, i - 1, "->"))) &&
                !(i + 1 < limit && is_punct(t, i + 1, "##")) &&
                !(i + 2 < limit && is_punct(t, i + 1, "(") && is_punct(t, i + 2, ")"))) {  /* yield(): a function */
                ide_macro_yield(&ie, h + 2, i, params, params_end, limit);
                if (i + 1 == limit)
                    ide_macro_tail(&ie, h + 2, i);
            }
        h = limit - 1;
    }
    for (int k = 0; k < lx->decls.len; k++) {
        GenDecl *d = lx->decls.items[k];
        if (!d->body_end || is_void(d->rtype))
            continue;
        int close = tok_at_or_after(lx, d->body_end) - 1, last = close - 1;
        while (last > 0 && (passed_over(&lx->toks[last]) || lx->toks[last].kind == TK_COMMENT))
            last--;
        int stmt = last;        /* the first token of the body's last statement, if it ends in `;` */
        for (int depth = 0; stmt > 0 && is_punct(t, last, ";"); stmt--) {
            int p = stmt - 1;
            if (passed_over(&lx->toks[p]) || lx->toks[p].kind == TK_COMMENT)
                continue;
            if (is_punct(t, p, ")") || is_punct(t, p, "]"))
                depth++;
            else if (is_punct(t, p, "(") || is_punct(t, p, "["))
                depth--;
            else if (depth == 0 && (is_punct(t, p, ";") || is_punct(t, p, "{") || is_punct(t, p, "}") ||
                                    is_punct(t, p, ":")))
                break;
        }
        while (stmt < last && (passed_over(&lx->toks[stmt]) || lx->toks[stmt].kind == TK_COMMENT))
            stmt++;
        /* not after a return (clang's -Wunreachable-code-aggressive), nor
           after a label (where clang says a statement is missing), nor in
           a body the file does not close; a static of type R: any type,
           _Atomic and const included, and zero */
        if (is_punct(t, close, "}") && lx->toks[close].end == d->body_end && !is_punct(t, last, ":") &&
            !(is_punct(t, last, ";") && is_ident(t, stmt, "return")))
            ide_edit(&ie, lx->toks[close].begin, 0, yc_format("{ static %s yc__r; return yc__r; } ", d->rtype), 0,
                     NULL);
    }
    build_view(t);
}

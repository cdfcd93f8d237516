/*
** diag.c -- diagnostics in the shape clang and cproc use, so that editors
** can jump to them:  FILE:LINE:COL: error: MESSAGE, the line, a caret;
** and the line numbers of a Source.
**
** A Diag reports offsets into the one Source it was made for: a stage that
** works on other text (a Source made from INPUT by expanding macros,
** expand.c) reports through a Diag of that Source, whose offsets are mapped
** back to INPUT's own text before they are printed.
*/
#include "yc.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

/* ---- sources ---- */

/* Notes where src's lines start (once, before any line is asked for). */
void source_index_lines(Source *src)
{
    const char *end = src->text + src->len;
    int n = 0;
    for (const char *p = src->text; (p = memchr(p, '\n', (size_t)(end - p))); p++)
        n++;
    src->newlines = yc_alloc(((size_t)n + 1) * sizeof *src->newlines);
    for (const char *p = src->text; (p = memchr(p, '\n', (size_t)(end - p))); p++)
        src->newlines[src->nnewlines++] = (size_t)(p - src->text);
}

/* The line of offset `off` (from 1). */
unsigned source_line(const Source *src, size_t off)
{
    return (unsigned)lower_bound_size(src->newlines, src->nnewlines, off) + 1;  /* 1 + the newlines before off */
}

/* Where line `line` (from 1) begins. */
size_t source_line_start(const Source *src, unsigned line)
{
    return line <= 1 ? 0 : src->newlines[line - 2] + 1;
}

typedef struct MapQuery {
    const Source *src;
    size_t off;
} MapQuery;

static bool piece_ends_by(const void *ctx, int i)
{
    const MapQuery *q = ctx;
    return q->src->map.items[i].here.end <= q->off;
}

/* Offset off of src in its parent: a place inside a piece that replaced
   the parent's text is that piece's beginning there (*macro: the macro
   expanded there, if asked). */
size_t source_to_parent(const Source *src, size_t off, const char **macro)
{
    MapQuery q = { src, off };
    int lo = lower_bound(src->map.len, piece_ends_by, &q);
    if (lo < src->map.len && src->map.items[lo].here.begin <= off) {
        if (macro)
            *macro = src->map.items[lo].macro;
        return src->map.items[lo].parent.begin;
    }
    if (lo == 0)
        return off;
    const SrcMap *m = &src->map.items[lo - 1];
    return m->parent.end + (off - m->here.end);
}

/* ---- diagnostics ---- */

void diag_init(Diag *d, const Source *src, bool color)
{
    *d = (Diag){ .src = src, .color = color };
}

/* From here on, what would go to stderr waits: a round over a file whose
   macros must be expanded is done again on the expanded text, and its
   diagnostics are then dropped. */
void diag_capture(Diag *d)
{
    d->capturing = true;
    d->captured = (Buf){ 0 };
    d->captured_errors = 0;
    d->groups.len = 0;
}

static int cmp_group(const void *a, const void *b)
{
    const CapturedGroup *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return x->begin < y->begin ? -1 : x->begin > y->begin;     /* stable */
}

/* Prints what was captured, or drops it (and its errors).  Printed in
   INPUT's order, as clang prints (lex's errors, then parse's (clang's),
   then find's were each in their own order); those elsewhere (a header,
   the command line) first, as they came. */
void diag_end_capture(Diag *d, bool print)
{
    d->capturing = false;
    if (print && d->captured.len) {
        int n = d->groups.len;
        CapturedGroup *g = d->groups.items;
        for (int i = 0; i < n; i++)
            g[i].end = i + 1 < n ? g[i + 1].begin : d->captured.len;
        if (n)
            qsort(g, (size_t)n, sizeof *g, cmp_group);
        for (int i = 0; i < n; i++)
            fwrite(d->captured.data + g[i].begin, 1, g[i].end - g[i].begin, stderr);
    }
    if (!print)
        d->errors -= d->captured_errors;
    buf_free(&d->captured);
    d->captured_errors = 0;
    d->groups.len = 0;
}

/* Colors as clang's: the place and the message bold, the severity red
   (error), magenta (warning) or black (note), the caret green. */
static const char *paint(const Diag *d, const char *severity)
{
    if (!d->color)
        return "";
    return !strcmp(severity, "error") ? "\033[0;1;31m" : !strcmp(severity, "warning") ? "\033[0;1;35m" : "\033[0;1;30m";
}

/* After this many errors (clang's -ferror-limit, which the parse gets
   too), the rest are counted, not printed: a line of thousands of bad
   yields would print the line thousands of times. */
enum { ERROR_LIMIT = 50 };

/* A message on one line: text it quotes from INPUT (a type spelled over a
   line splice, a control character) would break it.  A line break (and the
   backslash of a splice) becomes a space, other control characters show
   as clang shows them in a source line, <U+001C>. */
static const char *one_line(const char *msg)
{
    bool plain = true;
    for (const char *p = msg; *p && plain; p++)
        plain = (unsigned char)*p >= 0x20 || *p == '\t';
    if (plain)
        return msg;
    Buf b = { 0 };
    bool spaced = false;    /* the last thing written is a space for a line break */
    for (const char *p = msg; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\\' && (p[1] == '\n' || p[1] == '\r'))
            continue;
        if (c == '\n' || c == '\r') {
            if (!spaced)
                buf_puts(&b, " ");
            spaced = true;
            continue;
        }
        if (c < 0x20 && c != '\t')
            buf_printf(&b, "<U+%04X>", c);
        else
            buf_put(&b, p, 1);
        spaced = false;
    }
    char *r = yc_strndup(b.data, b.len);
    buf_free(&b);
    return r;
}

void diag_print(Diag *d, const char *file, unsigned line, unsigned col, const char *severity,
                const char *msg, const char *line_text, size_t line_len)
{
    msg = one_line(msg);
    const char *bold = d->color ? "\033[1m" : "", *reset = d->color ? "\033[0m" : "";
    bool error = !strcmp(severity, "error");
    if (error) {
        d->errors++;
        d->captured_errors += d->capturing;
        d->silenced = d->errors > ERROR_LIMIT;  /* the notes of the errors not printed go too */
    }
    /* one write: the message, the line (a NUL byte in it shown as a space,
       so the caret stays under its column), the caret */
    Buf b = { 0 };
    bool fatal = error && d->errors == ERROR_LIMIT + 1;  /* said at the first error past the limit */
    if (fatal)
        buf_printf(&b, "%s%s:%u:%u: %sfatal error: %stoo many errors emitted, stopping now%s\n", bold, file,
                   line, col, paint(d, "error"), bold, reset);
    else if (!d->silenced && !line)     /* no place in a file: the command line's */
        buf_printf(&b, "%s%s: %s%s: %s%s%s\n", bold, file, paint(d, severity), severity,
                   strcmp(severity, "note") ? bold : reset, msg, reset);
    else if (!d->silenced)
        buf_printf(&b, "%s%s:%u:%u: %s%s: %s%s%s\n", bold, file, line, col, paint(d, severity), severity,
                   strcmp(severity, "note") ? bold : reset, msg, reset);
    if ((fatal || !d->silenced) && line_text && line) {
        size_t start = b.len;
        buf_put(&b, line_text, line_len);
        for (size_t i = start; i < b.len; i++)
            if (b.data[i] == '\0')
                b.data[i] = ' ';
        buf_puts(&b, "\n");
        for (unsigned i = 1; i < col; i++)
            buf_puts(&b, i - 1 < line_len && line_text[i - 1] == '\t' ? "\t" : " ");
        buf_printf(&b, "%s^%s\n", d->color ? "\033[0;1;32m" : "", reset);
    }
    if (d->capturing) {
        if (strcmp(severity, "note") || !d->groups.len) {
            const Source *root = d->src;
            while (root && root->parent)
                root = root->parent;
            bool here = root && root->path && !strcmp(file, root->path);
            unsigned at_line = fatal ? UINT_MAX : here ? line : 0;     /* (the limit's message last) */
            vec_push(&d->groups, ((CapturedGroup){ d->captured.len, 0, at_line, here ? col : 0 }));
        }
        buf_put(&d->captured, b.data, b.len);
    }
    else if (b.len)
        fwrite(b.data, 1, b.len, stderr);
    buf_free(&b);
}

/* At INPUT's own place: through the macro expansions back to the text
   as read. */
static void report(Diag *d, size_t off, const char *severity, const char *msg)
{
    const Source *src = d->src;
    if (off > src->len)
        off = src->len;
    const char *macro = NULL;       /* the outermost macro expanded around off */
    for (; src->parent; src = src->parent)
        off = source_to_parent(src, off, &macro);
    size_t bol = off;
    while (bol > 0 && src->text[bol - 1] != '\n')
        bol--;
    size_t eol = off;
    while (eol < src->len && src->text[eol] != '\n')
        eol++;
    unsigned line = source_line(src, off), col = (unsigned)(off - bol + 1);
    diag_print(d, src->path, line, col, severity, msg, src->text + bol, eol - bol);
    if (macro && strcmp(severity, "note")) {
        char *note = yc_format("in the expansion of macro '%s', which yieldc expands in place", macro);
        diag_print(d, src->path, line, col, "note", note, src->text + bol, eol - bol);
    }
}

static void vreport(Diag *d, size_t off, const char *severity, const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (d->holding) {
        vec_push(&d->held, ((Held){ off, severity, yc_strdup(msg) }));
        return;
    }
    report(d, off, severity, msg);
}

void error_at(Diag *d, size_t off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(d, off, "error", fmt, ap);
    va_end(ap);
}

void note_at(Diag *d, size_t off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(d, off, "note", fmt, ap);
    va_end(ap);
}

/* From here on, the tool's own diagnostics wait: those in inactive
   preprocessor branches are dropped once clang has told which they are. */
void diag_hold(Diag *d)
{
    d->holding = true;
}

void diag_discard_held(Diag *d)
{
    d->held.len = 0;
}

/* Reports the diagnostics held, but those that `drop` refuses (with their
   notes); from here on, diagnostics are reported at once. */
void diag_release(Diag *d, bool (*drop)(size_t off, void *ctx), void *ctx)
{
    d->holding = false;
    bool dropping = false;
    for (int i = 0; i < d->held.len; i++) {
        Held *h = &d->held.items[i];
        if (strcmp(h->severity, "note"))
            dropping = drop(h->off, ctx);
        if (dropping)
            continue;
        report(d, h->off, h->severity, h->msg);
        if (!strcmp(h->severity, "error")) {
            unsigned line = source_line(d->src, h->off);
            if (line >= d->error_lines_cap) {
                size_t cap = 2 * (size_t)line + 64;
                bool *grown = yc_alloc(cap * sizeof *grown);
                if (d->error_lines_cap)
                    memcpy(grown, d->error_lines, d->error_lines_cap * sizeof *grown);
                d->error_lines = grown;
                d->error_lines_cap = cap;
            }
            d->error_lines[line] = true;
        }
    }
    d->held.len = 0;
}

/* Did a diagnostic that was held report an error on this line? */
bool diag_line_has_error(const Diag *d, unsigned line)
{
    return line < d->error_lines_cap && d->error_lines[line];
}

/*
** diag.c -- diagnostics in the shape clang and cproc use, so that editors
** can jump to them:  FILE:LINE:COL: error: MESSAGE, the line, a caret.
*/
#include "yc.h"

#include <stdio.h>
#include <string.h>

static const Source *source;
static int nerrors;

/* While capturing, what would go to stderr waits in `captured`: a first
   pass over a file whose macros must be expanded is done again on the
   expanded text, and its diagnostics are then dropped. */
static bool capturing;
static Buf captured;
static int captured_errors;

/* The root of the source chain (INPUT as read) and where its lines
   start: diagnostics name INPUT's own lines. */
static const Source *root;
static size_t *root_newlines;
static size_t root_nnewlines;

/* While held, the tool's own diagnostics wait: those in inactive
   preprocessor branches are dropped once clang has told which they are. */
typedef struct Held {
    size_t off;
    const char *severity;
    char *msg;
} Held;

static bool holding;
static Vec held;
static bool *error_lines;   /* [line]: a line with an error of the tool's own */
static size_t error_lines_cap;

/* Where the source's newlines are, for line_of (made when first needed). */
static size_t *newlines;
static size_t nnewlines;
static bool newlines_made;

void diag_init(const Source *src)
{
    source = src;
    newlines_made = false;
    error_lines = NULL;
    error_lines_cap = 0;
    const Source *r = src;
    while (r->parent)
        r = r->parent;
    if (r != root) {
        root = r;
        root_nnewlines = 0;
        for (size_t i = 0; i < r->len; i++)
            root_nnewlines += r->text[i] == '\n';
        root_newlines = yc_alloc((root_nnewlines + 1) * sizeof *root_newlines);
        for (size_t i = 0, n = 0; i < r->len; i++)
            if (r->text[i] == '\n')
                root_newlines[n++] = i;
    }
}

void diag_capture(void)
{
    capturing = true;
    captured.len = 0;
    captured_errors = 0;
}

/* Prints what was captured, or drops it (and its errors). */
void diag_end_capture(bool print)
{
    capturing = false;
    if (print && captured.len)
        fwrite(captured.data, 1, captured.len, stderr);
    if (!print)
        nerrors -= captured_errors;
    buf_free(&captured);
    captured_errors = 0;
}

/* Offset off of s in its parent: a place inside a piece that replaced
   the parent's text is that piece's beginning there. */
size_t source_to_parent(const Source *s, size_t off, const char **macro)
{
    int lo = 0, hi = s->nmap;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (s->map[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < s->nmap && s->map[lo].begin <= off) {
        if (macro)
            *macro = s->map[lo].macro;
        return s->map[lo].parent_begin;
    }
    if (lo == 0)
        return off;
    const SrcMap *m = &s->map[lo - 1];
    return m->parent_end + (off - m->end);
}

static unsigned root_line_of(size_t off)
{
    size_t lo = 0, hi = root_nnewlines;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (root_newlines[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (unsigned)lo + 1;
}

int diag_errors(void)
{
    return nerrors;
}

unsigned line_of(size_t off)
{
    if (!newlines_made) {
        nnewlines = 0;
        for (size_t i = 0; i < source->len; i++)
            nnewlines += source->text[i] == '\n';
        newlines = yc_alloc((nnewlines + 1) * sizeof *newlines);
        for (size_t i = 0, n = 0; i < source->len; i++)
            if (source->text[i] == '\n')
                newlines[n++] = i;
        newlines_made = true;
    }
    /* 1 + the newlines before off */
    size_t lo = 0, hi = nnewlines;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (newlines[mid] < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (unsigned)lo + 1;
}

/* Colors as clang's: the place and the message bold, the severity red
   (error), magenta (warning) or black (note), the caret green. */
static bool color;

void diag_color(bool on)
{
    color = on;
}

static const char *paint(const char *severity)
{
    if (!color)
        return "";
    return !strcmp(severity, "error") ? "\033[0;1;31m" : !strcmp(severity, "warning") ? "\033[0;1;35m" : "\033[0;1;30m";
}

/* After this many errors (clang's -ferror-limit, which the parse gets
   too), the rest are counted, not printed: a line of thousands of bad
   yields would print the line thousands of times. */
enum { ERROR_LIMIT = 50 };

void diag_print(const char *file, unsigned line, unsigned col, const char *severity,
                const char *msg, const char *line_text, size_t line_len)
{
    static bool silenced;   /* past the limit: the notes of the errors not printed go too */
    const char *bold = color ? "\033[1m" : "", *reset = color ? "\033[0m" : "";
    bool error = !strcmp(severity, "error");
    if (error) {
        nerrors++;
        captured_errors += capturing;
        silenced = nerrors > ERROR_LIMIT;
    }
    /* one write: the message, the line (a NUL byte in it shown as a space,
       so the caret stays under its column), the caret */
    Buf b = { 0 };
    bool fatal = error && nerrors == ERROR_LIMIT + 1;  /* said at the first error past the limit */
    if (fatal)
        buf_printf(&b, "%s%s:%u:%u: %sfatal error: %stoo many errors emitted, stopping now%s\n", bold, file,
                   line, col, paint("error"), bold, reset);
    else if (!silenced)
        buf_printf(&b, "%s%s:%u:%u: %s%s: %s%s%s\n", bold, file, line, col, paint(severity), severity,
                   strcmp(severity, "note") ? bold : reset, msg, reset);
    if ((fatal || !silenced) && line_text) {
        size_t start = b.len;
        buf_put(&b, line_text, line_len);
        for (size_t i = start; i < b.len; i++)
            if (b.data[i] == '\0')
                b.data[i] = ' ';
        buf_puts(&b, "\n");
        for (unsigned i = 1; i < col; i++)
            buf_puts(&b, i - 1 < line_len && line_text[i - 1] == '\t' ? "\t" : " ");
        buf_printf(&b, "%s^%s\n", color ? "\033[0;1;32m" : "", reset);
    }
    if (capturing)
        buf_put(&captured, b.data, b.len);
    else if (b.len)
        fwrite(b.data, 1, b.len, stderr);
    buf_free(&b);
}

static void report(size_t off, const char *severity, const char *msg);

static void vreport(size_t off, const char *severity, const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (holding) {
        Held *h = yc_alloc(sizeof *h);
        *h = (Held){ off, severity, yc_strdup(msg) };
        vec_push(&held, h);
        return;
    }
    report(off, severity, msg);
}

void diag_hold(void)
{
    holding = true;
}

void diag_discard_held(void)
{
    held.len = 0;
}

void diag_release(bool (*drop)(size_t off, void *ctx), void *ctx)
{
    holding = false;
    bool dropping = false;
    for (int i = 0; i < held.len; i++) {
        Held *h = held.items[i];
        if (strcmp(h->severity, "note"))
            dropping = drop(h->off, ctx);
        if (dropping)
            continue;
        report(h->off, h->severity, h->msg);
        if (!strcmp(h->severity, "error")) {
            unsigned line = line_of(h->off);
            if (line >= error_lines_cap) {
                size_t cap = 2 * (size_t)line + 64;
                bool *grown = yc_alloc(cap * sizeof *grown);
                if (error_lines_cap)
                    memcpy(grown, error_lines, error_lines_cap * sizeof *grown);
                error_lines = grown;
                error_lines_cap = cap;
            }
            error_lines[line] = true;
        }
    }
    held.len = 0;
}

bool diag_line_has_error(unsigned line)
{
    return line < error_lines_cap && error_lines[line];
}

/* At INPUT's own place: through the macro expansions back to the text
   as read. */
static void report(size_t off, const char *severity, const char *msg)
{
    if (off > source->len)
        off = source->len;
    const Source *s = source;
    const char *macro = NULL;       /* the outermost macro expanded around off */
    for (; s->parent; s = s->parent)
        off = source_to_parent(s, off, &macro);
    size_t bol = off;
    while (bol > 0 && s->text[bol - 1] != '\n')
        bol--;
    size_t eol = off;
    while (eol < s->len && s->text[eol] != '\n')
        eol++;
    unsigned line = root_line_of(off), col = (unsigned)(off - bol + 1);
    diag_print(s->path, line, col, severity, msg, s->text + bol, eol - bol);
    if (macro && strcmp(severity, "note")) {
        char *note = yc_format("in the expansion of macro '%s', which yieldc expands in place", macro);
        diag_print(s->path, line, col, "note", note, s->text + bol, eol - bol);
    }
}

void error_at(size_t off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(off, "error", fmt, ap);
    va_end(ap);
}

void note_at(size_t off, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(off, "note", fmt, ap);
    va_end(ap);
}

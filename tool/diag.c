/*
** diag.c -- diagnostics in the shape clang and cproc use, so that editors
** can jump to them:  FILE:LINE:COL: error: MESSAGE, the line, a caret.
*/
#include "yc.h"

#include <stdio.h>
#include <string.h>

static const Source *source;
static int nerrors;

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

/* After this many errors (clang's -ferror-limit, which the parse gets
   too), the rest are counted, not printed: a line of thousands of bad
   yields would print the line thousands of times. */
enum { ERROR_LIMIT = 50 };

void diag_print(const char *file, unsigned line, unsigned col, const char *severity,
                const char *msg, const char *line_text, size_t line_len)
{
    static bool silenced;   /* past the limit: notes of the errors not printed go too */
    if (!strcmp(severity, "error")) {
        nerrors++;
        silenced = nerrors > ERROR_LIMIT;
        if (nerrors == ERROR_LIMIT + 1)
            fprintf(stderr, "%s:%u:%u: fatal error: too many errors emitted, stopping now\n", file, line, col);
    }
    if (silenced)
        return;
    /* one write: the message, the line (a NUL byte in it shown as a space,
       so the caret stays under its column), the caret */
    Buf b = { 0 };
    buf_printf(&b, "%s:%u:%u: %s: %s\n", file, line, col, severity, msg);
    if (line_text) {
        size_t start = b.len;
        buf_put(&b, line_text, line_len);
        for (size_t i = start; i < b.len; i++)
            if (b.data[i] == '\0')
                b.data[i] = ' ';
        buf_puts(&b, "\n");
        for (unsigned i = 1; i < col; i++)
            buf_puts(&b, i - 1 < line_len && line_text[i - 1] == '\t' ? "\t" : " ");
        buf_puts(&b, "^\n");
    }
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

static void report(size_t off, const char *severity, const char *msg)
{
    if (off > source->len)
        off = source->len;
    size_t bol = off;
    while (bol > 0 && source->text[bol - 1] != '\n')
        bol--;
    size_t eol = off;
    while (eol < source->len && source->text[eol] != '\n')
        eol++;
    diag_print(source->path, line_of(off), (unsigned)(off - bol + 1), severity, msg,
               source->text + bol, eol - bol);
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

/*
** diag.c -- diagnostics in the shape clang and cproc use, so that editors
** can jump to them:  FILE:LINE:COL: error: MESSAGE, the line, a caret;
** and the line numbers of a Source.
**
** A Diag reports offsets into the one Source it was made for: a stage that
** works on other text (a Source made from INPUT) reports through a Diag of
** that Source.
*/
#include "yc.h"

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

/* ---- diagnostics ---- */

void diag_init(Diag *d, const Source *src)
{
    *d = (Diag){ .src = src };
}

void diag_print(Diag *d, const char *file, unsigned line, unsigned col, const char *severity,
                const char *msg, const char *line_text, size_t line_len)
{
    if (!strcmp(severity, "error"))
        d->errors++;
    fprintf(stderr, "%s:%u:%u: %s: %s\n", file, line, col, severity, msg);
    if (!line_text)
        return;
    fprintf(stderr, "%.*s\n", (int)line_len, line_text);
    for (unsigned i = 1; i < col; i++)
        fputc(i - 1 < line_len && line_text[i - 1] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

static void report(Diag *d, size_t off, const char *severity, const char *msg)
{
    const Source *src = d->src;
    if (off > src->len)
        off = src->len;
    size_t bol = off;
    while (bol > 0 && src->text[bol - 1] != '\n')
        bol--;
    size_t eol = off;
    while (eol < src->len && src->text[eol] != '\n')
        eol++;
    diag_print(d, src->path, source_line(src, off), (unsigned)(off - bol + 1), severity, msg, src->text + bol,
               eol - bol);
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

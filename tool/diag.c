/*
** diag.c -- diagnostics in the shape clang and cproc use, so that editors
** can jump to them:  FILE:LINE:COL: error: MESSAGE, the line, a caret.
*/
#include "yc.h"

#include <stdio.h>
#include <string.h>

static const Source *source;
static int nerrors;

void diag_init(const Source *src)
{
    source = src;
}

int diag_errors(void)
{
    return nerrors;
}

unsigned line_of(size_t off)
{
    unsigned line = 1;
    for (size_t i = 0; i < off && i < source->len; i++)
        line += source->text[i] == '\n';
    return line;
}

void diag_print(const char *file, unsigned line, unsigned col, const char *severity,
                const char *msg, const char *line_text, size_t line_len)
{
    if (!strcmp(severity, "error"))
        nerrors++;
    fprintf(stderr, "%s:%u:%u: %s: %s\n", file, line, col, severity, msg);
    if (!line_text)
        return;
    fprintf(stderr, "%.*s\n", (int)line_len, line_text);
    for (unsigned i = 1; i < col; i++)
        fputc(i - 1 < line_len && line_text[i - 1] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

static void vreport(size_t off, const char *severity, const char *fmt, va_list ap)
{
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
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

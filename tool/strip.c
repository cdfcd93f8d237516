/*
** strip.c -- --strip-comments: the output without its comments (the
** user's and yieldc's), for tests that FileCheck the output of a file
** holding their own CHECK comments.  A comment becomes one space, as in
** translation phase 3, and keeps its newlines, so every line keeps its
** number; string and character literals, and `#include <...>` names, are
** left alone.  A backslash-newline continues a `//` comment, as in C.
*/
#include "driver.h"

#include <ctype.h>
#include <string.h>

/* The end of the quoted literal beginning at i (quote q), or n. */
static size_t literal_end(const char *s, size_t i, size_t n, char q)
{
    for (i++; i < n && s[i] != q && s[i] != '\n'; i++)
        if (s[i] == '\\' && i + 1 < n)
            i++;
    return i < n && s[i] == q ? i + 1 : i;
}

/* Whether position i is in the file name of an `#include <...>` line. */
static bool include_name(const char *s, size_t line_start, size_t i)
{
    size_t k = line_start;
    while (k < i && (s[k] == ' ' || s[k] == '\t'))
        k++;
    if (k >= i || s[k] != '#')
        return false;
    for (k++; k < i && (s[k] == ' ' || s[k] == '\t'); k++)
        ;
    if (strncmp(s + k, "include", 7) != 0)
        return false;
    for (k += 7; k < i && (s[k] == ' ' || s[k] == '\t'); k++)
        ;
    return k < i && s[k] == '<' && !memchr(s + k, '>', i - k);
}

/* Whether the quote at i is a digit separator (C23 `1'000'000`): inside a
   pp-number, which begins with a digit (or `.` and a digit). */
static bool digit_separator(const char *s, size_t line_start, size_t i)
{
    size_t k = i;
    while (k > line_start && (isalnum((unsigned char)s[k - 1]) || s[k - 1] == '_' || s[k - 1] == '.' ||
                              s[k - 1] == '\''))
        k--;
    return k < i && (isdigit((unsigned char)s[k]) || (s[k] == '.' && k + 1 < i && isdigit((unsigned char)s[k + 1])));
}

void strip_comments(Buf *b)
{
    const char *s = b->data;
    size_t n = b->len, w = 0, line_start = 0;
    char *out = b->data;    /* written in place: the text only shrinks */
    for (size_t i = 0; i < n;) {
        char c = s[i];
        bool block = c == '/' && i + 1 < n && s[i + 1] == '*';
        bool line = c == '/' && i + 1 < n && s[i + 1] == '/';
        if (c == '\n') {
            out[w++] = c;
            line_start = ++i;
        } else if ((c == '"' || c == '\'') && !include_name(s, line_start, i) &&
                   !(c == '\'' && digit_separator(s, line_start, i))) {
            size_t e = literal_end(s, i, n, c);
            memmove(out + w, s + i, e - i);
            w += e - i;
            i = e;
        } else if ((block || line) && !include_name(s, line_start, i)) {
            size_t e = i + 2;
            if (block) {
                while (e + 1 < n && !(s[e] == '*' && s[e + 1] == '/'))
                    e++;
                e = e + 1 < n ? e + 2 : n;
            } else {
                while (e < n && !(s[e] == '\n' && s[e - 1] != '\\'))
                    e++;
            }
            /* one space; none, with the blanks before it, at the end of a line */
            size_t nl = 0;
            for (size_t k = i; k < e; k++)
                nl += s[k] == '\n';
            if (e >= n || s[e] == '\n') {
                while (w > 0 && (out[w - 1] == ' ' || out[w - 1] == '\t'))
                    w--;
                if (w > 0 && out[w - 1] == '\\')
                    out[w++] = ' ';     /* not a line splice now */
            } else {
                out[w++] = ' ';
            }
            while (nl--)
                out[w++] = '\n';
            i = e;
        } else {
            out[w++] = c;
            i++;
        }
    }
    b->len = w;
}

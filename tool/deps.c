/*
** deps.c -- `-MD`, `-MF`, `-MT`: a make rule naming every file the parse
** read (INPUT first, then each header clang opened), as gcc writes one, so
** that make, ninja, CMake and Meson run yieldc again when a header changes.
** The tool's own in-memory files are not listed.  The files are those
** parse noted (Tool.files_read).
*/
#define _XOPEN_SOURCE 700
#include "driver.h"

#include <string.h>
#include <sys/stat.h>

static bool listed(const StrVec *files, const char *name)
{
    for (int i = 0; i < files->len; i++)
        if (!strcmp(files->items[i], name))
            return true;
    return false;
}

/* Is the file at `name` (on disk) one of this run's outputs (INPUT may
   include its own header from --header)?  A rule whose target is also
   its prerequisite is a cycle (ninja stops, make warns). */
static bool is_output(const Tool *t, const char *name)
{
    struct stat a, b;
    if (stat(name, &a) != 0)
        return false;
    const char *outs[] = { t->output_abs, t->header_path };    /* (absolute: -p may have moved the process) */
    for (int i = 0; i < 2; i++)
        if (outs[i] && stat(outs[i], &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
            return true;
    return false;
}

/* The files of the rule after INPUT: each once, in the order clang opened
   them; not the outputs. */
static void note_files(const Tool *t, const Options *o, const char *workdir, StrVec *files)
{
    for (int i = 0; i < t->files_read.len; i++) {
        const FileRead *f = &t->files_read.items[i];
        char *name = f->name;
        struct stat st;
        if (listed(files, name))
            continue;
        if (o->deps_user_only && f->system)
            continue;
        if (name[0] != '/' && workdir)
            name = yc_format("%s/%s", workdir, name);
        if (stat(name, &st) == 0 && !is_output(t, name))    /* on disk: not the tool's own in-memory files */
            vec_push(files, name);
    }
}

static const char *working_directory(const Tool *t)
{
    const char *w = NULL;
    for (int i = 0; i < t->nclang_args; i++)
        if (!strncmp(t->clang_args[i], "-working-directory=", 19))
            w = t->clang_args[i] + 19;
    return w;
}

/* A file name in a make rule: spaces escaped (and the backslashes before
   them doubled), `#` escaped, `$` doubled, as gcc does. */
static void put_escaped(Buf *b, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (*p == ' ' || *p == '\t') {
            for (const char *q = p; q > s && q[-1] == '\\'; q--)
                buf_puts(b, "\\");
            buf_puts(b, "\\");
        } else if (*p == '#') {
            buf_puts(b, "\\");
        } else if (*p == '$') {
            buf_puts(b, "$");
        }
        buf_put(b, p, 1);
    }
}

static char *escaped(const char *s)
{
    Buf b = { 0 };
    put_escaped(&b, s);
    return buf_done(&b);
}

/* A word of the rule, the line broken before it as gcc breaks them. */
static void put_word(Buf *b, size_t *col, const char *word)
{
    size_t n = strlen(word);
    if (*col > 1 && *col + n + 1 > 76) {
        buf_puts(b, " \\\n");
        *col = 0;
    }
    if (*col > 0 || b->len > 0) {
        buf_puts(b, " ");
        (*col)++;
    }
    buf_puts(b, word);
    *col += n;
}

const char *deps_default_file(const char *output)
{
    const char *slash = strrchr(output, '/');
    const char *dot = strrchr(output, '.');
    size_t stem = dot && (!slash || dot > slash + 1) ? (size_t)(dot - output) : strlen(output);
    return yc_format("%.*s.d", (int)stem, output);
}

/* The rule: `-MT`/`-MQ` targets, or else OUTPUT and the header; then with
   -MP an empty rule for each header, so that make does not stop when one
   is deleted. */
void deps_make(const Tool *t, const Options *o, Buf *out)
{
    StrVec files = { 0 };
    bool from_stdin = !strcmp(o->input, "-");
    if (!from_stdin)
        vec_push(&files, (char *)o->input);     /* first, under the name it was given */
    note_files(t, o, working_directory(t), &files);
    size_t col = 0;
    for (int i = 0; i < o->dep_targets.len; i++)
        put_word(out, &col, o->dep_targets.items[i]);
    if (!o->dep_targets.len) {
        put_word(out, &col, escaped(o->output));
        if (o->header)
            put_word(out, &col, escaped(o->header));
    }
    buf_puts(out, ":");
    col++;
    for (int i = 0; i < files.len; i++)
        put_word(out, &col, escaped(files.items[i]));
    buf_puts(out, "\n");
    for (int i = from_stdin ? 0 : 1; o->deps_phony && i < files.len; i++)
        buf_printf(out, "\n%s:\n", escaped(files.items[i]));
}

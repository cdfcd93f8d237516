/*
** deps.c -- `-MD`, `-MF`, `-MT`: a make rule naming every file the parse
** read (INPUT first, then each header clang opened), as gcc writes one, so
** that make, ninja, CMake and Meson run yieldc again when a header changes.
** The tool's own in-memory files are not listed.
*/
#define _XOPEN_SOURCE 700
#include "driver.h"
#include "cx.h"

#include <string.h>
#include <sys/stat.h>

typedef struct Inclusions {
    Tool *t;
    CXFile main_file;
    const Options *o;
    Vec files;              /* char*, each once, in the order clang opened them */
    const char *workdir;    /* -working-directory (from -p): where relative names start */
} Inclusions;

static bool listed(const Vec *files, const char *name)
{
    for (int i = 0; i < files->len; i++)
        if (!strcmp(files->items[i], name))
            return true;
    return false;
}

static void note_file(CXFile file, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    (void)stack;
    (void)depth;
    Inclusions *inc = data;
    struct stat st;
    if (clang_File_isEqual(file, inc->main_file))
        return;     /* INPUT comes first, under the name it was given */
    char *name = cx_take(clang_getFileName(file));
    if (listed(&inc->files, name))
        return;
    if (inc->o->deps_user_only &&
        clang_Location_isInSystemHeader(clang_getLocationForOffset(inc->t->cx_tu, file, 0)))
        return;
    if (name[0] != '/' && inc->workdir)
        name = yc_format("%s/%s", inc->workdir, name);
    if (stat(name, &st) == 0)   /* on disk: not the tool's own in-memory files */
        vec_push(&inc->files, name);
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
    char *r = yc_strndup(b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
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
void deps_make(Tool *t, const Options *o, Buf *out)
{
    Inclusions inc = { .t = t, .o = o, .workdir = working_directory(t) };
    inc.main_file = clang_getFile(t->cx_tu, t->clang_path);
    bool from_stdin = !strcmp(o->input, "-");
    if (!from_stdin)
        vec_push(&inc.files, (void *)o->input);
    clang_getInclusions(t->cx_tu, note_file, &inc);
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
    for (int i = 0; i < inc.files.len; i++)
        put_word(out, &col, escaped(inc.files.items[i]));
    buf_puts(out, "\n");
    for (int i = from_stdin ? 0 : 1; o->deps_phony && i < inc.files.len; i++)
        buf_printf(out, "\n%s:\n", escaped(inc.files.items[i]));
}

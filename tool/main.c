/*
** main.c -- yieldc's command line, and the run of one file through the
** pipeline: lex -> parse -> find -> plan -> emit.  The output is written to
** a temporary file renamed into place, so a failed run leaves no output.
*/
#define _XOPEN_SOURCE 700    /* readlink, realpath, mkstemp */
#include "yc.h"

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef YC_VERSION
#define YC_VERSION "0.1.0"
#endif
#ifndef YC_RUNTIME_DIR
#define YC_RUNTIME_DIR "/usr/local/include"
#endif

static const char usage[] =
    "usage: yieldc [options] INPUT.c [-o OUTPUT.c] [-- CLANG_ARGS...]\n"
    "\n"
    "Rewrites the generators of INPUT.c (functions declared with generator(Y[, S]))\n"
    "into plain C: a frame struct, a constructor and a step function each.\n"
    "\n"
    "options:\n"
    "  -o FILE         output file (- or none: standard output)\n"
    "  --header FILE   also write a header with the frames and prototypes, for other files\n"
    "  -p DIR          take the compile flags for INPUT from DIR/compile_commands.json\n"
    "  --no-line       leave out #line directives\n"
    "  --cflags        print the flags needed to compile generated code, then exit\n"
    "  --libs          print the flags needed to link generated code, then exit\n"
    "  --version       print the version, then exit\n"
    "  --help          print this help, then exit\n"
    "  -- ARGS...      pass ARGS to clang when parsing INPUT (-I, -D, -std, ...)\n";

static int bad_usage(const char *fmt, const char *arg)
{
    fprintf(stderr, "yieldc: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%s", usage);
    return 2;
}

/* The runtime's include directory: installed beside the tool, or the
   source tree's when run from a build directory. */
static const char *runtime_dir(void)
{
    static char path[4096];
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        snprintf(path, sizeof path, "%s/../include/yieldc", dirname(exe));
        char probe[4200];
        snprintf(probe, sizeof probe, "%s/yieldc.h", path);
        char *real = access(probe, R_OK) == 0 ? realpath(path, NULL) : NULL;
        if (real) {
            snprintf(path, sizeof path, "%s", real);
            free(real);
            return path;
        }
    }
    return YC_RUNTIME_DIR;
}

static bool read_file(const char *path, Source *src)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "yieldc: cannot open '%s': %s\n", path, strerror(errno));
        return false;
    }
    Buf b = { 0 };
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_put(&b, chunk, n);
    fclose(f);
    src->path = path;
    src->text = yc_strndup(b.data ? b.data : "", b.len);
    src->len = b.len;
    buf_free(&b);
    return true;
}

/* Flags for INPUT from DIR/compile_commands.json: the compiler, -c, -o and
   the file itself left out; relative paths resolved in the entry's
   directory, as its compiler would. */
static bool flags_from_database(Tool *t, const char *dir, const char *input)
{
    CXCompilationDatabase_Error err;
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &err);
    if (err != CXCompilationDatabase_NoError) {
        fprintf(stderr, "yieldc: cannot load %s/compile_commands.json\n", dir);
        return false;
    }
    char *abs = realpath(input, NULL);
    CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db, abs ? abs : input);
    free(abs);
    bool found = clang_CompileCommands_getSize(cmds) > 0;
    if (!found) {
        fprintf(stderr, "yieldc: %s/compile_commands.json has no entry for '%s'\n", dir, input);
    } else {
        CXCompileCommand cmd = clang_CompileCommands_getCommand(cmds, 0);
        unsigned n = clang_CompileCommand_getNumArgs(cmd);
        const char **args = yc_alloc((n + (unsigned)t->nclang_args + 2) * sizeof *args);
        int k = 0;
        CXString wd = clang_CompileCommand_getDirectory(cmd);
        args[k++] = yc_format("-working-directory=%s", clang_getCString(wd));
        clang_disposeString(wd);
        CXString file = clang_CompileCommand_getFilename(cmd);
        char *filename = yc_strdup(clang_getCString(file));
        clang_disposeString(file);
        for (unsigned i = 1; i < n; i++) {
            CXString s = clang_CompileCommand_getArg(cmd, i);
            const char *a = clang_getCString(s);
            if (!strcmp(a, "-o") && i + 1 < n)
                i++;
            else if (strcmp(a, "-c") && strcmp(a, "--") && strcmp(a, filename))
                args[k++] = yc_strdup(a);
            clang_disposeString(s);
        }
        for (int i = 0; i < t->nclang_args; i++)
            args[k++] = t->clang_args[i];
        t->clang_args = args;
        t->nclang_args = k;
    }
    clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return found;
}

/* Writes `out` to a temporary file beside `path`; NULL on failure. */
static char *write_temp(const char *path, const Buf *out)
{
    char *tmp = yc_format("%s.yieldc-XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fprintf(stderr, "yieldc: cannot write '%s': %s\n", path, strerror(errno));
        return NULL;
    }
    FILE *f = fdopen(fd, "wb");
    bool ok = f && fwrite(out->data ? out->data : "", 1, out->len, f) == out->len;
    ok = f && fclose(f) == 0 && ok;
    if (!ok) {
        fprintf(stderr, "yieldc: cannot write '%s': %s\n", path, strerror(errno));
        unlink(tmp);
        return NULL;
    }
    mode_t mask = umask(0);
    umask(mask);
    chmod(tmp, 0666 & ~mask);
    return tmp;
}

/* `path` made absolute: libclang's -working-directory (from -p) must not
   move where the outputs go. */
static const char *absolute(const char *path)
{
    if (!path || !strcmp(path, "-") || path[0] == '/')
        return path;
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return path;
    return yc_format("%s/%s", cwd, path);
}

static bool to_stdout(const char *path)
{
    return !path || !strcmp(path, "-");
}

/* Writes OUTPUT (and the header): both to temporary files first, then
   renamed into place, so that a failure leaves neither behind. */
static bool write_outputs(const char *output, const Buf *out, const char *header, const Buf *hdr)
{
    char *tmp_out = to_stdout(output) ? NULL : write_temp(output, out);
    char *tmp_hdr = header ? write_temp(header, hdr) : NULL;
    bool ok = (to_stdout(output) || tmp_out) && (!header || tmp_hdr);
    if (ok && tmp_hdr && rename(tmp_hdr, header) != 0) {
        fprintf(stderr, "yieldc: cannot write '%s': %s\n", header, strerror(errno));
        ok = false;
    }
    if (ok && tmp_out && rename(tmp_out, output) != 0) {
        fprintf(stderr, "yieldc: cannot write '%s': %s\n", output, strerror(errno));
        ok = false;
    }
    if (!ok) {
        if (tmp_out)
            unlink(tmp_out);
        if (tmp_hdr)
            unlink(tmp_hdr);
        return false;
    }
    if (to_stdout(output)) {
        fwrite(out->data ? out->data : "", 1, out->len, stdout);
        return fflush(stdout) == 0;
    }
    return true;
}

static int run(Tool *t, const char *output, const char *header)
{
    diag_init(&t->src);
    t->cx_index = clang_createIndex(0, 0);
    Buf out = { 0 };
    diag_hold();
    bool ok = lex_file(t) && parse_file(t);
    if (ok) {
        find_generators(t);
        for (int i = 0; i < t->gens.len; i++)
            plan_generator(t, t->gens.items[i]);
        plan_frames(t);
        ok = diag_errors() == 0;
    }
    Buf hdr = { 0 };
    if (ok) {
        /* Room for the output at once (up to about 11 times the input),
           not grown by copying: 19 MB for 100k lines. */
        buf_try_reserve(&out, 16 * t->src.len + 65536);
        emit_file(t, &out);
        if (header)
            emit_header(t, &hdr, header);
        ok = write_outputs(output, &out, header, &hdr);
    }
    buf_free(&out);
    buf_free(&hdr);
    if (t->cx_tu)
        clang_disposeTranslationUnit(t->cx_tu);
    clang_disposeIndex(t->cx_index);
    return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
    Tool t = { 0 };
    const char *input = NULL, *output = NULL, *db_dir = NULL, *header = NULL;
    t.runtime_dir = runtime_dir();
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            t.clang_args = (const char **)argv + i + 1;
            t.nclang_args = argc - i - 1;
            break;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            CXString v = clang_getClangVersion();
            printf("yieldc %s (libclang: %s)\n", YC_VERSION, clang_getCString(v));
            clang_disposeString(v);
            return 0;
        } else if (!strcmp(a, "--cflags")) {
            printf("-I%s\n", t.runtime_dir);
            return 0;
        } else if (!strcmp(a, "--libs")) {
            printf("\n");   /* the runtime is header-only */
            return 0;
        } else if (!strcmp(a, "--no-line")) {
            t.no_line = true;
        } else if (!strcmp(a, "-o") || !strcmp(a, "-p") || !strcmp(a, "--header")) {
            if (i + 1 >= argc)
                return bad_usage("option '%s' needs an argument", a);
            *(a[1] == 'o' ? &output : a[1] == 'p' ? &db_dir : &header) = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            return bad_usage("unknown option '%s'", a);
        } else if (input) {
            return bad_usage("more than one input file ('%s')", a);
        } else {
            input = a;
        }
    }
    if (!input)
        return bad_usage("no input file%s", "");
    if (!read_file(input, &t.src))
        return 1;
    t.display_path = input;
    output = absolute(output);
    header = absolute(header);
    t.clang_path = absolute(input);   /* messages keep the path as given */
    if (db_dir && !flags_from_database(&t, db_dir, input))
        return 1;
    int rc = run(&t, output, header);
    yc_arena_free();
    return rc;
}

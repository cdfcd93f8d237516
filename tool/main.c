/*
** main.c -- yieldc's run of one file: the command line read (options.c),
** the input read, the pipeline lex -> parse -> find -> plan -> emit, and
** the outputs written (output.c: whole or not at all, never over the
** input), with a dependency file (deps.c) if asked.
*/
#define _XOPEN_SOURCE 700    /* readlink, realpath */
#include "driver.h"

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef YC_RUNTIME_REL
#define YC_RUNTIME_REL "../include/yieldc"
#endif

/* The runtime's include directory: $YIELDC_INCLUDE, else found from where
   the tool is -- installed (YC_RUNTIME_REL: the include directory seen from
   the bin directory), or in a build tree (build/tool/../include/yieldc, a
   copy CMake keeps) -- so that the install may move.  NULL if none. */
static const char *runtime_dir(void)
{
    const char *env = getenv("YIELDC_INCLUDE");
    if (env && *env)
        return env;
    static const char *const rel[] = { YC_RUNTIME_REL, "../include/yieldc" };
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return NULL;
    exe[n] = '\0';
    const char *dir = dirname(exe);
    for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
        char *real = realpath(yc_format("%s/%s", dir, rel[i]), NULL);
        if (!real)
            continue;
        char *found = yc_strdup(real);
        free(real);
        if (access(yc_format("%s/yieldc.h", found), R_OK) == 0)
            return found;
    }
    return NULL;
}

static int no_runtime(void)
{
    fprintf(stderr, "yieldc: error: cannot find the runtime header yieldc.h beside the tool "
                    "(set YIELDC_INCLUDE to its directory)\n");
    return 1;
}

/* INPUT's text; "-" reads standard input, named <stdin> in messages. */
static bool read_input(const char *path, Source *src)
{
    bool from_stdin = !strcmp(path, "-");
    FILE *f = from_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "yieldc: error: cannot open '%s': %s\n", path, strerror(errno));
        return false;
    }
    Buf b = { 0 };
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_put(&b, chunk, n);
    bool ok = !ferror(f);
    if (!ok)
        fprintf(stderr, "yieldc: error: cannot read '%s': %s\n", path, strerror(errno));
    if (!from_stdin)
        fclose(f);
    src->path = from_stdin ? "<stdin>" : path;
    src->len = b.len;
    src->text = buf_done(&b);
    return ok;
}

/* The real path of `path`, relative to `dir` unless absolute; NULL if it
   does not exist.  Freed with free(). */
static char *real_path_in(const char *dir, const char *path)
{
    return realpath(path[0] == '/' ? path : yc_format("%s/%s", dir, path), NULL);
}

/* Is argument `a` of an entry the entry's own file?  Spelled as its
   "file", or another way to the same file (CMake writes both absolute,
   others the command's relative to "directory"). */
static bool same_file(const char *dir, const char *a, const char *filename, const char *entry)
{
    if (!strcmp(a, filename))
        return true;
    if (a[0] == '-' || !entry)
        return false;
    const char *base = strrchr(a, '/'), *ebase = strrchr(entry, '/');
    if (strcmp(base ? base + 1 : a, ebase ? ebase + 1 : entry))
        return false;
    char *r = real_path_in(dir, a);
    bool same = r && !strcmp(r, entry);
    free(r);
    return same;
}

/* Flags for INPUT from DIR/compile_commands.json: the compiler, the file
   itself and the flags that make clang write files or change its job left
   out; relative paths resolved in the entry's directory, as its compiler
   would. */
static bool flags_from_database(Tool *t, const char *dir, const char *input)
{
    CXCompilationDatabase_Error err;
    /* libclang prints its own reasons ("LIBCLANG TOOLING ERROR: ..."):
       ours say it in yieldc's form */
    fflush(stderr);
    int saved = dup(2), devnull = open("/dev/null", O_WRONLY);
    if (saved >= 0 && devnull >= 0)
        dup2(devnull, 2);
    CXCompilationDatabase db = clang_CompilationDatabase_fromDirectory(dir, &err);
    if (saved >= 0 && devnull >= 0)
        dup2(saved, 2);
    if (saved >= 0)
        close(saved);
    if (devnull >= 0)
        close(devnull);
    if (err != CXCompilationDatabase_NoError) {
        char *json = yc_format("%s/compile_commands.json", dir);
        struct stat st;
        if (stat(json, &st) != 0)
            fprintf(stderr, "yieldc: error: cannot load %s: %s\n", json, strerror(errno));
        else
            fprintf(stderr, "yieldc: error: cannot load %s: not a compilation database (a JSON array of "
                    "entries with \"directory\", \"file\" and \"command\" or \"arguments\")\n", json);
        return false;
    }
    char *abs = realpath(input, NULL);
    CXCompileCommands cmds = clang_CompilationDatabase_getCompileCommands(db, abs ? abs : input);
    free(abs);
    bool found = clang_CompileCommands_getSize(cmds) > 0;
    if (!found) {
        fprintf(stderr, "yieldc: error: %s/compile_commands.json has no entry for '%s'\n", dir, input);
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
        const char *entry_dir = args[0] + strlen("-working-directory=");
        char *entry = real_path_in(entry_dir, filename);
        for (unsigned i = 1; i < n; i++) {
            CXString s = clang_CompileCommand_getArg(cmd, i);
            const char *a = clang_getCString(s);
            if (strcmp(a, "--") && !same_file(entry_dir, a, filename, entry))
                args[k++] = yc_strdup(a);
            clang_disposeString(s);
        }
        free(entry);
        k = 1 + clang_args_filter(args + 1, k - 1);
        for (int i = 0; i < t->nclang_args; i++)
            args[k++] = t->clang_args[i];
        t->clang_args = args;
        t->nclang_args = k;
    }
    clang_CompileCommands_dispose(cmds);
    clang_CompilationDatabase_dispose(db);
    return found;
}

/* `path` made absolute, for libclang. */
static const char *absolute(const char *path)
{
    if (path[0] == '/')
        return path;
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return path;
    return yc_format("%s/%s", cwd, path);
}

/* The name the header's include guard is made of: the header's and INPUT's
   file names, so that where the build tree is does not show. */
static const char *guard_name(const Options *o)
{
    const char *h = strrchr(o->header, '/') ? strrchr(o->header, '/') + 1 : o->header;
    const char *in = strcmp(o->input, "-") ? o->input : "stdin";
    in = strrchr(in, '/') ? strrchr(in, '/') + 1 : in;
    return yc_format("%s from %s", h, in);
}

/* What a run writes: OUTPUT, the header, the dependency file, in the order
   they are renamed into place (the header after OUTPUT: CMake's Makefile
   generators touch a second output found older than the first). */
typedef struct Outputs {
    char *cwd;              /* where yieldc was started */
    Buf out, hdr, dep;
    OutFile files[3];
    int n;
} Outputs;

static void plan_outputs(Outputs *w, const Options *o)
{
    w->files[w->n++] = (OutFile){ o->output, "output", &w->out };
    if (o->header)
        w->files[w->n++] = (OutFile){ o->header, "header", &w->hdr };
    if (o->deps)
        w->files[w->n++] = (OutFile){ o->dep_file ? o->dep_file : deps_default_file(o->output),
                                      "dependency file", &w->dep };
}

/* lex, parse and find over t->src.  lex's errors wait until parse knows
   the inactive preprocessor branches; if the first scan read code of a
   generator in one, lex scans again without them. */
static bool read_once(Tool *t)
{
    diag_hold(&t->diag);
    bool ok = lex_file(t) && parse_view(t);
    if (ok && parse_inactive_in_generators(t))
        ok = lex_again(t, &t->skipped) && parse_view(t);
    ok = ok && parse_report(t);
    if (ok)
        find_generators(t);
    return ok;
}

/* Rounds of lex, parse and find over the source: while macros in
   generator bodies must be expanded (expand.c), the first rounds'
   diagnostics are dropped and the expanded text is read again.  True if
   the last round found no error. */
static bool read_source(Tool *t)
{
    for (int round = 1;; round++) {
        source_index_lines(&t->src);
        diag_init(&t->diag, &t->src, t->diag.color);
        diag_capture(&t->diag);
        bool ok = read_once(t);
        if (round == YC_EXPAND_ROUNDS || !expansion_requested(t)) {
            if (expansion_requested(t))
                refuse_unexpanded(t);
            diag_end_capture(&t->diag, true);
            return ok && t->diag.errors == 0;
        }
        diag_end_capture(&t->diag, false);
        Source next;
        if (!expand_file(t, &next))
            return false;
        Source *prev = yc_alloc(sizeof *prev);
        *prev = t->src;
        next.parent = prev;
        if (t->cx_tu)
            clang_disposeTranslationUnit(t->cx_tu);
        *t = (Tool){ .src = next, .diag = { .color = t->diag.color }, .display_path = t->display_path,
                     .clang_path = t->clang_path, .no_line = t->no_line, .clang_args = t->clang_args,
                     .nclang_args = t->nclang_args, .runtime_dir = t->runtime_dir, .cx_index = t->cx_index,
                     .report = t->report, .header_path = t->header_path,
                     .output_abs = t->output_abs };
    }
}

/* --ide-view, --ide-cflags: lex (and clang's parse only where #if
   branches may hide text of a generator), its messages dropped (ide.c). */
static int run_ide_view(Tool *t, Outputs *w)
{
    source_index_lines(&t->src);
    diag_init(&t->diag, &t->src, false);
    diag_capture(&t->diag);
    diag_hold(&t->diag);
    t->cx_index = clang_createIndex(0, 0);
    bool lexed = lex_file(t);
    /* an #if inside a generator or around one: as read_once does, clang
       tells which branches are inactive (a parse, for such files only) */
    if (lexed && lex_branches_in_generators(t) && parse_view(t) && parse_inactive_in_generators(t))
        lexed = lex_again(t, &t->skipped);
    if (lexed)
        lex_ide_view(t);
    diag_discard_held(&t->diag);
    diag_end_capture(&t->diag, false);
    if (t->report == REPORT_IDE_CFLAGS)
        ide_cflags(t, lexed, &w->out);
    else
        ide_view(t, lexed, &w->out);
    if (t->cx_tu)
        clang_disposeTranslationUnit(t->cx_tu);
    clang_disposeIndex(t->cx_index);
    bool ok = (!w->cwd || chdir(w->cwd) == 0) && output_write(w->files, w->n);
    buf_free(&w->out);
    return ok ? 0 : 1;
}

static int run(Tool *t, const Options *o, Outputs *w)
{
    if (IS_IDE_REPORT(t->report))
        return run_ide_view(t, w);
    t->cx_index = clang_createIndex(0, 0);
    bool ok = read_source(t);
    if (ok) {
        if (t->report == REPORT_GRAPH)
            find_flow(t);   /* facts that only the graph needs */
        plan_generators(t);
        ok = t->diag.errors == 0;
    }
    if (ok && t->report) {
        /* a report instead of the output: --explain lays out the frames
           of the output, so it is written first, in memory */
        Buf rep = { 0 };
        if (t->report == REPORT_GRAPH) {
            graph_file(t, &rep);
        } else {
            t->out_path = "<stdout>";
            emit_file(t, &w->out);
            ok = explain_file(t, &w->out, &rep, t->report == REPORT_EXPLAIN_JSON);
        }
        buf_free(&w->out);
        w->out = rep;
        ok = ok && (!w->cwd || chdir(w->cwd) == 0) && output_write(w->files, w->n);
    } else if (ok) {
        /* Room for the output at once (up to about 11 times the input),
           not grown by copying: 19 MB for 100k lines. */
        buf_try_reserve(&w->out, 16 * t->src.len + 65536);
        t->out_path = o->output && strcmp(o->output, "-") ? o->output : "<stdout>";
        emit_file(t, &w->out);
        if (o->header)
            emit_header(t, &w->hdr, guard_name(o));
        if (o->strip_comments) {
            strip_comments(&w->out);
            strip_comments(&w->hdr);
        }
        if (o->deps)
            deps_make(t, o, &w->dep);
        /* libclang's -working-directory (from -p) moved the process; the
           outputs are named from where yieldc was started */
        ok = (!w->cwd || chdir(w->cwd) == 0) && output_write(w->files, w->n);
    }
    buf_free(&w->out);
    buf_free(&w->hdr);
    buf_free(&w->dep);
    if (t->cx_tu)
        clang_disposeTranslationUnit(t->cx_tu);
    clang_disposeIndex(t->cx_index);
    return ok ? 0 : t->flags_rejected ? 2 : 1;     /* (flags clang rejects: a bad command line, SPEC 5) */
}

/* Color: as asked, else on a terminal unless NO_COLOR is set (no-color.org). */
static bool use_color(int asked)
{
    if (asked >= 0)
        return asked;
    const char *no = getenv("NO_COLOR"), *term = getenv("TERM");
    return isatty(2) && !(no && *no) && !(term && !strcmp(term, "dumb"));
}

/* --help, --version, --cflags, --libs: what they print. */
static int print_info(const Options *o)
{
    if (o->action == ACT_HELP) {
        fputs(options_usage, stdout);
    } else if (o->action == ACT_VERSION) {
        CXString v = clang_getClangVersion();
        printf("yieldc %s (libclang: %s)\n", YC_VERSION, clang_getCString(v));
        clang_disposeString(v);
    } else if (o->action == ACT_CFLAGS) {
        const char *dir = runtime_dir();
        if (!dir)
            return no_runtime();
        printf("-I%s\n", dir);
    } else {
        printf("\n");   /* the runtime is header-only */
    }
    return 0;
}

/* ---- the run, contained ----
   libclang parses recursively, as clang does: a deeply nested input (a
   40,000-term `1+1+...`) overflows its 8 MB parse thread and kills the
   process with nothing said.  The run goes on a thread of its own with a
   1 GB stack (reserved, used only as deep as the parse goes), libclang
   parsing on it (LIBCLANG_NOTHREADS) without its own crash recovery; a
   crash left is reported as an error at INPUT (outputs are written only
   at the end: none is left half written). */

enum { RUN_STACK_MB = 1024, ALT_STACK = 1 << 16 };

static const char *crash_input;

static void put_err(const char *s)
{
    ssize_t n = write(2, s, strlen(s));
    (void)n;
}

static void on_crash(int sig)
{
    char num[12];
    int k = (int)sizeof num - 1;
    num[k] = '\0';
    for (int v = sig; k > 0 && (v > 0 || k == (int)sizeof num - 1); v /= 10)
        num[--k] = (char)('0' + v % 10);
    put_err(crash_input);
    put_err(":1:1: error: yieldc crashed (signal ");
    put_err(num + k);
    put_err(") while processing this file, most likely in libclang's parse of an expression or "
            "statement nested too deeply; no output was written\n");
    _exit(1);
}

/* The handlers, and this thread's alternate stack (the one it had goes
   back at the end: a sanitizer's runtime frees its own at thread exit). */
static void contain_crashes(stack_t *old)
{
    static char alt[ALT_STACK];
    stack_t ss = { .ss_sp = alt, .ss_size = sizeof alt };
    sigaltstack(&ss, old);
    struct sigaction sa = { .sa_handler = on_crash, .sa_flags = SA_ONSTACK | SA_RESETHAND };
    sigemptyset(&sa.sa_mask);
    static const int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE };
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
        sigaction(sigs[i], &sa, NULL);
}

typedef struct RunJob {
    Tool *t;
    const Options *o;
    Outputs *w;
    int rc;
} RunJob;

static void *run_job(void *arg)
{
    RunJob *j = arg;
    stack_t old;
    contain_crashes(&old);
    j->rc = run(j->t, j->o, j->w);
    sigaltstack(&old, NULL);
    return NULL;
}

/* run() on the big stack; on this thread if no thread can be made. */
static int run_contained(Tool *t, const Options *o, Outputs *w)
{
    crash_input = t->display_path;
    setenv("LIBCLANG_NOTHREADS", "1", 1);
    setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
    RunJob j = { t, o, w, 1 };
    /* YIELDC_STACK: the stack in MB, for inputs deeper still */
    const char *env = getenv("YIELDC_STACK");
    long mb = env && atol(env) > 0 ? atol(env) : RUN_STACK_MB;
    pthread_attr_t attr;
    pthread_t th;
    bool threaded = false;
    if (pthread_attr_init(&attr) == 0) {
        threaded = pthread_attr_setstacksize(&attr, (size_t)mb << 20) == 0 &&
                   pthread_create(&th, &attr, run_job, &j) == 0;
        pthread_attr_destroy(&attr);
    }
    if (threaded)
        pthread_join(th, NULL);
    else
        run_job(&j);
    return j.rc;
}

int main(int argc, char **argv)
{
    Options o;
    int rc = options_parse(&o, argc, argv);
    if (rc)
        return rc;
    if (o.action != ACT_RUN)
        return print_info(&o);
    char *cwd = getcwd(NULL, 0);
    Outputs w = { .cwd = cwd ? yc_strdup(cwd) : NULL };
    free(cwd);
    plan_outputs(&w, &o);
    if ((rc = output_check(o.input, w.files, w.n)))
        return rc;
    Tool t = { .no_line = o.no_line, .clang_args = o.clang_args, .nclang_args = o.nclang_args,
               .diag = { .color = use_color(o.color) }, .report = o.report, .ide_included = o.ide_included,
               .header_path = o.header ? absolute(o.header) : NULL,     /* (not with a report: options.c) */
               .output_abs = o.output && strcmp(o.output, "-") ? absolute(o.output) : NULL };
    if (!(t.runtime_dir = runtime_dir()))
        return no_runtime();
    if (!read_input(o.input, &t.src))
        return 1;
    /* messages keep the path as given; standard input gets a name that
       clang takes for C (includes are looked for from here, as gcc does),
       or the one --assume-filename gives it */
    if (o.assume_filename)
        t.src.path = o.assume_filename;
    t.display_path = t.src.path;
    const char *named = o.assume_filename ? o.assume_filename : o.input;
    /* a pipe or a device (`<(cmd)`, /dev/stdin) is read once, as standard
       input is: libclang gets its text under a name that is C */
    struct stat st;
    bool regular = strcmp(o.input, "-") && stat(o.input, &st) == 0 && S_ISREG(st.st_mode);
    t.clang_path = absolute(o.assume_filename || regular ? named : "<stdin>.c");
    if (o.db_dir && !flags_from_database(&t, o.db_dir, named))
        return 1;
    rc = run_contained(&t, &o, &w);
    yc_arena_free();
    return rc;
}

/*
** options.c -- yieldc's command line, spelled as compilers spell theirs:
** `-o FILE`, `-oFILE`, `--header=FILE`, `-MF FILE`, `-MFFILE`, `-` for
** standard input, `--` before the flags for clang.  Flags for clang that
** would make it write files or change its job are dropped, as clang's own
** tools drop them.
*/
#include "driver.h"

#include <stdio.h>
#include <string.h>

const char options_usage[] =
    "usage: yieldc [options] INPUT.c [-o OUTPUT.c] [-- CLANG_ARGS...]\n"
    "\n"
    "Rewrites the generators of INPUT.c (functions declared with generator(Y[, S]))\n"
    "into plain C: a frame struct, a constructor and a step function each.\n"
    "INPUT '-' reads standard input.\n"
    "\n"
    "options:\n"
    "  -o FILE         output file (- or none: standard output)\n"
    "  --header FILE   also write a header with the frames and prototypes, for other files\n"
    "  -p DIR          take the compile flags for INPUT from DIR/compile_commands.json\n"
    "  --no-line       leave out #line directives\n"
    "  --strip-comments  leave out every comment (for tests that check the output of\n"
    "                  a file holding their own CHECK comments)\n"
    "  --explain       print each generator's frame layout (as pahole does) and resume\n"
    "                  points instead of the output\n"
    "  --explain=json  the same as JSON\n"
    "  --graph         print each generator's states and the paths between them\n"
    "                  (Graphviz dot) instead of the output\n"
    "  --ide-view      print, as JSON, how the text clang parses differs from INPUT and\n"
    "                  the flags to parse it with (for yieldc-clangd, the editors' server)\n"
    "  --ide-view=included  the same for a header that a file with generators includes:\n"
    "                  the yields of its macros are yieldc's\n"
    "  --ide-cflags    print, on one line, the flags clangd needs besides INPUT's own to\n"
    "                  parse INPUT's view (yieldc-clangd gives clangd the view and them)\n"
    "  --assume-filename PATH  with INPUT '-': the path of the text read (messages,\n"
    "                  includes, -p), as for clang-format\n"
    "  -MD             also write a make-style dependency file (OUTPUT with the suffix .d)\n"
    "  -MMD            the same, leaving out system headers\n"
    "  -MF FILE        write the dependency file to FILE (implies -MD)\n"
    "  -MT TARGET      the dependency rule's target (default: OUTPUT and the header)\n"
    "  -MQ TARGET      the same, quoted for make\n"
    "  -MP             add an empty rule for each header, as gcc does\n"
    "  -fcolor-diagnostics, -fno-color-diagnostics\n"
    "                  color the messages, or not (default: on a terminal, unless NO_COLOR)\n"
    "  --cflags        print the flags needed to compile generated code, then exit\n"
    "  --libs          print the flags needed to link generated code, then exit\n"
    "  --version       print the version, then exit\n"
    "  --help          print this help, then exit\n"
    "  -- ARGS...      pass ARGS to clang when parsing INPUT (-I, -D, -std, ...)\n"
    "\n"
    "environment: YIELDC_INCLUDE, the directory of yieldc.h (default: found beside\n"
    "the tool); NO_COLOR; YIELDC_STACK, the stack of the run in MB (default 1024:\n"
    "libclang's parse recurses as deep as the input nests).\n";

static int bad(const char *fmt, const char *arg)
{
    fputs("yieldc: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'yieldc --help' for more information.\n", stderr);
    return 2;
}

/* Flags that belong to clang, given before `--`. */
static bool is_clang_flag(const char *a)
{
    static const char *const prefixes[] = { "-I", "-D", "-U", "-std", "-isystem", "-iquote", "-idirafter",
                                            "-include", "-W", "-f", "-m", "-O", "-g", "-x", "--sysroot",
                                            "-nostdinc", "-ansi", "-pedantic", "--target", "-target", NULL };
    for (int k = 0; prefixes[k]; k++)
        if (!strncmp(a, prefixes[k], strlen(prefixes[k])))
            return true;
    return false;
}

static int unknown(const char *a)
{
    if (!is_clang_flag(a))
        return bad("unknown option '%s'", a);
    fprintf(stderr, "yieldc: error: unknown option '%s'\n", a);
    fprintf(stderr, "yieldc: note: clang flags go after '--': yieldc [options] INPUT.c -- %s\n", a);
    return 2;
}

/* An option that takes a value: `-o FILE`, and `-oFILE` for short ones or
   `--header=FILE` for long ones.  *value NULL: `a` is not this option. */
static int take_value(const char *name, int argc, char **argv, int *i, const char **value)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    *value = NULL;
    if (strncmp(a, name, n))
        return 0;
    if (!a[n]) {
        if (*i + 1 >= argc)
            return bad("option '%s' needs an argument", name);
        *value = argv[++*i];
    } else if (name[1] == '-' && a[n] == '=') {
        *value = a + n + 1;
    } else if (!strcmp(name, "-p") && a[n] == '=') {
        *value = a + n + 1;         /* -p=DIR, as clang-tidy spells it (-pDIR would take -pedantic) */
    } else if (name[1] != '-' && strcmp(name, "-p")) {
        *value = a + n;
    } else {
        return 0;
    }
    if (!**value)
        return bad("option '%s' needs an argument", name);
    return 0;
}

/* The options without a value; false if `a` is none of them. */
static bool flag(Options *o, const char *a)
{
    static const struct { const char *name; Action action; } actions[] = {
        { "--help", ACT_HELP }, { "-h", ACT_HELP }, { "--version", ACT_VERSION },
        { "--cflags", ACT_CFLAGS }, { "--libs", ACT_LIBS },
    };
    for (size_t k = 0; k < sizeof actions / sizeof *actions; k++)
        if (!strcmp(a, actions[k].name)) {
            if (o->action == ACT_RUN)
                o->action = actions[k].action;
            return true;
        }
    if (!strcmp(a, "--explain") || !strcmp(a, "--explain=text") || !strcmp(a, "--explain=json") ||
        !strcmp(a, "--graph") || !strcmp(a, "--ide-view") || !strcmp(a, "--ide-view=included") ||
        !strcmp(a, "--ide-cflags")) {
        ReportKind k = a[2] == 'g'                     ? REPORT_GRAPH
                       : !strcmp(a, "--ide-cflags")    ? REPORT_IDE_CFLAGS
                       : a[2] == 'i'                   ? REPORT_IDE_VIEW
                       : !strcmp(a, "--explain=json") ? REPORT_EXPLAIN_JSON
                                                       : REPORT_EXPLAIN;
        if (o->report && o->report != k)
            o->report_conflict = a;
        o->report = k;
        o->ide_included |= !strcmp(a, "--ide-view=included");
        return true;
    }
    if (!strcmp(a, "--no-line"))
        o->no_line = true;
    else if (!strcmp(a, "--strip-comments"))
        o->strip_comments = true;
    else if (!strcmp(a, "-MD") || !strcmp(a, "-MMD"))
        o->deps = true, o->deps_user_only = a[2] == 'M';
    else if (!strcmp(a, "-MP"))
        o->deps_phony = true;
    else if (!strcmp(a, "-fcolor-diagnostics") || !strcmp(a, "-fdiagnostics-color") ||
             !strcmp(a, "-fdiagnostics-color=always"))
        o->color = 1;
    else if (!strcmp(a, "-fno-color-diagnostics") || !strcmp(a, "-fno-diagnostics-color") ||
             !strcmp(a, "-fdiagnostics-color=never"))
        o->color = 0;
    else if (!strcmp(a, "-fdiagnostics-color=auto"))
        o->color = -1;
    else
        return false;
    return true;
}

/* make's quoting of a target (-MQ): `$` doubled, spaces and `#` escaped. */
static char *quote_target(const char *s)
{
    Buf b = { 0 };
    for (; *s; s++) {
        if (*s == '$')
            buf_puts(&b, "$");
        else if (*s == '#' || *s == ' ' || *s == '\t')
            buf_puts(&b, "\\");
        buf_put(&b, s, 1);
    }
    char *r = yc_strndup(b.data ? b.data : "", b.len);
    buf_free(&b);
    return r;
}

/* The options with a value, and what each sets. */
enum { V_HEADER, V_OUTPUT, V_DB, V_DEPFILE, V_TARGET, V_QUOTED_TARGET, V_ASSUME };
static const struct {
    const char *name;
    int what;
} valued_options[] = {
    { "--header", V_HEADER }, { "--output", V_OUTPUT }, { "-o", V_OUTPUT }, { "-p", V_DB },
    { "-MF", V_DEPFILE },     { "-MT", V_TARGET },      { "-MQ", V_QUOTED_TARGET },
    { "--assume-filename", V_ASSUME },
};

static void set_value(Options *o, int what, const char *v)
{
    switch (what) {
    case V_HEADER: o->header = v; break;
    case V_OUTPUT: o->output = v; break;
    case V_DB: o->db_dir = v; break;
    case V_DEPFILE: o->dep_file = v, o->deps = true; break;
    case V_TARGET: vec_push(&o->dep_targets, (char *)v); break;
    case V_ASSUME: o->assume_filename = v; break;
    default: vec_push(&o->dep_targets, quote_target(v)); break;
    }
}

/* One option with a value; *taken false if `argv[*i]` is none of them. */
static int valued(Options *o, int argc, char **argv, int *i, bool *taken)
{
    const char *v;
    *taken = true;
    for (size_t k = 0; k < sizeof valued_options / sizeof *valued_options; k++) {
        int rc = take_value(valued_options[k].name, argc, argv, i, &v);
        if (rc)
            return rc;
        if (v) {
            set_value(o, valued_options[k].what, v);
            return 0;
        }
    }
    *taken = false;
    return 0;
}

static int check(const Options *o)
{
    if (o->action != ACT_RUN)
        return 0;
    if (!o->input)
        return bad("no input file%s", "");
    if (o->report_conflict)
        return bad("option '%s' asks for another report than the one before it", o->report_conflict);
    if (o->assume_filename && strcmp(o->input, "-"))
        return bad("--assume-filename names standard input: INPUT must be '-', not '%s'", o->input);
    const char *report = o->report == REPORT_GRAPH        ? "--graph"
                         : o->report == REPORT_IDE_VIEW   ? "--ide-view"
                         : o->report == REPORT_IDE_CFLAGS ? "--ide-cflags"
                                                          : "--explain";
    if (o->report && o->header)
        return bad("--header writes C: not with '%s', which writes a report", report);
    if (o->report && o->deps)
        return bad("a dependency file is for C output: not with '%s', which writes a report", report);
    bool out_stdout = !o->output || !strcmp(o->output, "-");
    if (!o->deps && (o->dep_targets.len || o->deps_phony))
        return bad("%s", "-MT, -MQ and -MP need -MD or -MF");
    if (o->deps && out_stdout && !o->dep_file)
        return bad("%s", "-MD needs -o FILE or -MF FILE (the output is standard output)");
    if (o->deps && out_stdout && !o->dep_targets.len)
        return bad("%s", "a dependency file for standard output needs -MT TARGET");
    return 0;
}

int options_parse(Options *o, int argc, char **argv)
{
    *o = (Options){ .color = -1 };
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool taken;
        int rc;
        if (!strcmp(a, "--")) {
            o->clang_args = (const char **)argv + i + 1;
            o->nclang_args = clang_args_filter(o->clang_args, argc - i - 1);
            break;
        } else if (flag(o, a)) {
            continue;
        } else if ((rc = valued(o, argc, argv, &i, &taken)) || taken) {
            if (rc)
                return rc;
        } else if (!strncmp(a, "--explain=", 10)) {
            return bad("unknown report format in '%s' (--explain=text or --explain=json)", a);
        } else if (a[0] == '-' && a[1]) {
            return unknown(a);
        } else if (o->input) {
            return bad("more than one input file ('%s')", a);
        } else {
            o->input = a;
        }
    }
    return check(o);
}

/* ---- the flags for clang ---- */

/* Does `a` make clang write a file or do another job than parsing?  *skip:
   how many arguments after it go with it. */
static bool is_job_flag(const char *a, int *skip)
{
    static const char *const with_arg[] = { "-MF", "-MT", "-MQ", "-MJ", "-o", "--output", NULL };
    *skip = 0;
    for (int k = 0; with_arg[k]; k++)
        if (!strcmp(a, with_arg[k])) {
            *skip = 1;
            return true;
        }
    return !strncmp(a, "-M", 2) || !strncmp(a, "-Wp,-M", 6) || (!strncmp(a, "-o", 2) && strncmp(a, "-objc", 5)) ||
           !strncmp(a, "--output=", 9) || !strcmp(a, "-c") || !strcmp(a, "-S") || !strcmp(a, "-E");
}

int clang_args_filter(const char **args, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        int skip;
        if (is_job_flag(args[i], &skip))
            i += skip;
        else
            args[k++] = args[i];
    }
    return k;
}

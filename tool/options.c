/*
** options.c -- yieldc's command line, spelled as compilers spell theirs:
** `-o FILE`, `-oFILE`, `--header=FILE`, `-` for standard input, `--`
** before the flags for clang.  Flags for clang that
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
    "  --cflags        print the flags needed to compile generated code, then exit\n"
    "  --libs          print the flags needed to link generated code, then exit\n"
    "  --version       print the version, then exit\n"
    "  --help          print this help, then exit\n"
    "  -- ARGS...      pass ARGS to clang when parsing INPUT (-I, -D, -std, ...)\n";

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
    if (!strcmp(a, "--no-line"))
        o->no_line = true;
    else
        return false;
    return true;
}

/* The options with a value, and what each sets. */
enum { V_HEADER, V_OUTPUT, V_DB };
static const struct {
    const char *name;
    int what;
} valued_options[] = {
    { "--header", V_HEADER }, { "--output", V_OUTPUT }, { "-o", V_OUTPUT }, { "-p", V_DB },
};

static void set_value(Options *o, int what, const char *v)
{
    switch (what) {
    case V_HEADER: o->header = v; break;
    case V_OUTPUT: o->output = v; break;
    default: o->db_dir = v; break;
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
    return 0;
}

int options_parse(Options *o, int argc, char **argv)
{
    *o = (Options){ 0 };
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

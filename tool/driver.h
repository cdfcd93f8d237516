/*
** driver.h -- the parts of yieldc around the pipeline: the command line
** (options.c), writing files so that no command line destroys one
** (output.c), make-style dependency files (deps.c), and the output
** without comments (strip.c).
*/
#ifndef YC_DRIVER_H
#define YC_DRIVER_H

#include "yc.h"

/* ---- options.c: the command line ---- */

typedef enum { ACT_RUN, ACT_HELP, ACT_VERSION, ACT_CFLAGS, ACT_LIBS } Action;

typedef struct Options {
    Action action;
    const char *input;          /* "-": standard input */
    const char *output;         /* NULL or "-": standard output */
    const char *header;         /* --header */
    const char *db_dir;         /* -p */
    const char *assume_filename;    /* --assume-filename: standard input's path */
    bool no_line;
    bool strip_comments;        /* --strip-comments */
    ReportKind report;          /* --explain, --explain=json, --graph, --ide-view: a report instead of C */
    bool ide_included;          /* --ide-view=included */
    const char *report_conflict;    /* a second report option, other than the first */
    int color;                  /* -1: on a terminal unless NO_COLOR; 0 off; 1 on */
    bool deps;                  /* -MD, -MMD or -MF: write a dependency file */
    bool deps_user_only;        /* -MMD: leave out system headers */
    bool deps_phony;            /* -MP: a rule with no recipe per header */
    const char *dep_file;       /* -MF */
    StrVec dep_targets;         /* -MT as given, -MQ quoted for make */
    const char **clang_args;    /* after `--`, those that would make clang write or change its job dropped */
    int nclang_args;
} Options;

int options_parse(Options *o, int argc, char **argv);  /* 0, or 2 for a bad command line */
extern const char options_usage[];
int clang_args_filter(const char **args, int n);        /* drops -M*, -o, -c, ...; the new count */

/* ---- output.c: files written whole, atomically, never over the input ---- */

typedef struct OutFile {
    const char *path;           /* NULL or "-": standard output */
    const char *what;           /* "output", "header", ... for messages */
    const Buf *text;
} OutFile;

int output_check(const char *input, const OutFile *outs, int n);  /* 0, or 2: a destructive command line */
bool output_write(const OutFile *outs, int n);

/* ---- strip.c: --strip-comments ---- */

void strip_comments(Buf *b);    /* each comment made one space, its newlines kept */

/* ---- deps.c: the files the parse read, as a make rule ---- */

void deps_make(const Tool *t, const Options *o, Buf *out);
const char *deps_default_file(const char *output);    /* -MD without -MF: OUTPUT with its suffix .d */

#endif

/*
** driver.h -- the parts of yieldc around the pipeline: the command line
** (options.c) and writing files so that no command line destroys one
** (output.c).
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
    bool no_line;
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

#endif

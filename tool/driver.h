/*
** driver.h -- the parts of yieldc around the pipeline: writing files so
** that no command line destroys one (output.c).
*/
#ifndef YC_DRIVER_H
#define YC_DRIVER_H

#include "yc.h"

/* ---- output.c: files written whole, atomically, never over the input ---- */

typedef struct OutFile {
    const char *path;           /* NULL or "-": standard output */
    const char *what;           /* "output", "header", ... for messages */
    const Buf *text;
} OutFile;

int output_check(const char *input, const OutFile *outs, int n);  /* 0, or 2: a destructive command line */
bool output_write(const OutFile *outs, int n);

#endif

/*
** cx.h -- helpers for the stages that talk to libclang (parse.c, notes.c,
** expand.c and find*.c); nothing after find sees a libclang type.
*/
#ifndef YC_CX_H
#define YC_CX_H

#include "yc.h"

#include <clang-c/Index.h>

/* The text of a CXString, copied into the arena; the CXString is disposed. */
char *cx_take(CXString s);

/* A type's spelling, as C11 with GNU extensions reads it. */
char *cx_type(CXType type);

/* The arguments and in-memory files for a parse of `view` (of length
   len), the user's flags included (parse.c). */
typedef struct ParseArgs {
    const char **args;
    int nargs;
    int nuser;              /* args[..nuser) end with the user's (an -include of the tool's own before them) */
    struct CXUnsavedFile files[16];    /* the view, defining.h, INPUT's own header (own_header_files) */
    unsigned nfiles;
} ParseArgs;
void parse_args(const Tool *t, const char *view, size_t len, ParseArgs *pa);

/* notes.c: the notes of clang's diagnostic d, printed after it. */
void notes_report(Tool *t, CXDiagnostic d, CXFile main_file);

#endif

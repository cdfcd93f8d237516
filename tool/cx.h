/*
** cx.h -- helpers for the two stages that talk to libclang (parse.c and
** find.c); nothing after find sees a libclang type.
*/
#ifndef YC_CX_H
#define YC_CX_H

#include <clang-c/Index.h>

/* The text of a CXString, copied into the arena; the CXString is disposed. */
char *cx_take(CXString s);

/* notes.c: the notes of clang's diagnostic d, printed after it. */
void notes_report(Tool *t, CXDiagnostic d, CXFile main_file);

#endif

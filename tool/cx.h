/*
** cx.h -- helpers for the two stages that talk to libclang (parse.c and
** find.c); nothing after find sees a libclang type.
*/
#ifndef YC_CX_H
#define YC_CX_H

#include <clang-c/Index.h>

/* The text of a CXString, copied into the arena; the CXString is disposed. */
char *cx_take(CXString s);

/* A type's spelling, as C11 with GNU extensions reads it. */
char *cx_type(CXType type);

#endif

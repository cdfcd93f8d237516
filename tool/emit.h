/*
** emit.h -- what the files of the last stage share: the output being
** written, and the text and #line helpers (emit.c).  emit.c writes the
** file, emit_api.c a generator's frame and functions, emit_body.c its
** body, emit_header.c the header from --header.
*/
#ifndef YC_EMIT_H
#define YC_EMIT_H

#include "yc.h"

typedef struct Out {
    Tool *t;
    Buf *b;
    unsigned line;          /* INPUT line the next output line is attributed to (0: the output's own) */
    unsigned out_lines;     /* the newlines written */
    const char *out_path;   /* the output's name in its own #line directives, or NULL: none */
    bool version_checked;   /* the check of yieldc.h's version is written */
    const char *last_listed;    /* the generator listed last for dispatch */
    bool *frame_written;    /* [gen index]: its struct is written (maybe early, for a frame embedding it) */
    /* the generator being written */
    Gen *g;
    bool *done;             /* [rewrite]: applied already */
    /* a declaration statement that keeps C90's order (Var.keeps_c90) */
    Var *c90;               /* its first variable, while it is written; NULL: none */
    bool c90_stmts;         /* statements written since it began or since the last block opened */
    Map c90_opened;         /* closing brace -> (int *) the blocks opened before it */
} Out;

/* emit.c: text and #line */
unsigned out_line(Out *o, size_t off);
void out_put(Out *o, const char *s, size_t n);
void out_puts(Out *o, const char *s);
void out_printf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool out_at_line_start(Out *o);
void out_verbatim(Out *o, size_t b, size_t e);
void out_generated(Out *o);
void out_own_line(Out *o, size_t off);
const char *comment_text(const char *s);
void emit_version_check(Out *o);
void emit_guarded_struct(Out *o, Gen *g);

/* emit_api.c: the frame, the constructor, the step functions */
void emit_struct(Out *o, Gen *g);
void emit_prototypes(Out *o, Gen *g, const char *prefix);
void emit_declarations(Out *o, Gen *g, const char *prefix);
void emit_registry(Out *o);
void emit_constructor(Out *o, Gen *g, const char *prefix);
void emit_step(Out *o, Gen *g);
void emit_runtime_glue(Out *o, Gen *g);

/* emit_body.c: the body function */
void emit_body(Out *o, Gen *g);

#endif

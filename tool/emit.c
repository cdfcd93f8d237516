/*
** emit.c -- the last stage: write the output, printing what find recorded
** and plan decided (it reads no tokens and asks no other stage).  Text
** outside generators is copied byte for byte; this file writes it, with
** #line directives, and puts each generator's declarations in place of its
** own: the frame struct, constructor and step functions (emit_api.c) and
** the body function (emit_body.c).  The body is the user's own, with only
** its yields (and the uses of variables that must live in the frame)
** changed:
**
**   generator(int) int count(int n)      struct count { unsigned char yc_state; YC_RETURN_IN_MEMORY
**   {                                        int yc_value; int yc_result; int n; int total; int i; };
**       int total = 0;                   struct count count(int n) { return (struct count){ .n = n }; }
**       for (int i = 0; i < n; i++) {    static inline int count__body(struct count *yc_f,
**           yield i;                                             unsigned yc_from, bool *yc_yielded)
**           total += i;                  {   static const __typeof__(int) yc_none;
**       }                                    int n = yc_f->n;
**       return total;                        switch (yc_from) {
**   }                                        case 0: break;
**                                            case 1: goto yc_resume_1;
**                                            default: YC__UNREACHABLE(); return yc_none;
**                                            }
**                                        {   int total = 0;
**                                            for (int i = 0; i < n; i++) {
**                                                { yc_f->yc_value = (i); yc_f->total = total;
**                                                  yc_f->i = i; yc_f->yc_state = 1; *yc_yielded = true;
**                                                  return yc_none;
**                                                  yc_resume_1:; total = yc_f->total; i = yc_f->i; }
**                                                total += i;
**                                            }
**                                            return total;
**                                        }   return yc_none; }
**                                        static inline bool count__istep(struct count *yc_f,
**                                                                        unsigned yc_from)
**                                        {   bool yc_yielded = false;
**                                            int yc_r = count__body(yc_f, yc_from, &yc_yielded);
**                                            if (yc_yielded) return true;
**                                            yc_f->yc_result = yc_r; return YC_FINISH(yc_f); }
**                                        static inline bool count__inext(struct count *yc_f)
**                                        {   if (yc_done(yc_f)) return false;
**                                            return count__istep(yc_f, YC__ENTER(yc_f, "count")); }
**                                        bool count__next(struct count *yc_f)   (for other files)
**                                        { return count__inext(yc_f); }
**
** A resume point is a label; the dispatch switch jumps to it with `goto`,
** so the user's own loops, switches and gotos stay as written around it.
** In this file yc_next(&g) calls count__inext, which the compiler may
** inline.  `#line` directives map every line of the body back to INPUT.
*/
#include "emit.h"

#include <stdio.h>
#include <string.h>

/* ---- text and #line ---- */

unsigned out_line(Out *o, size_t off)
{
    return source_line(&o->t->src, off);
}

void out_put(Out *o, const char *s, size_t n)
{
    buf_put(o->b, s, n);
    for (size_t i = 0; i < n; i++)
        o->line += s[i] == '\n';
}

void out_puts(Out *o, const char *s)
{
    out_put(o, s, strlen(s));
}

void out_printf(Out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[4096];
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof buf) {
        char *big = yc_alloc((size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        out_put(o, big, (size_t)n);
        return;
    }
    out_put(o, buf, (size_t)n);
}

bool out_at_line_start(Out *o)
{
    return o->b->len == 0 || o->b->data[o->b->len - 1] == '\n';
}

/* Copies INPUT[b, e), first pointing the compiler at its line if needed. */
void out_verbatim(Out *o, size_t b, size_t e)
{
    if (b >= e)
        return;
    unsigned line = out_line(o, b);
    if (line != o->line && !o->t->no_line) {
        if (!out_at_line_start(o))
            out_puts(o, "\n");
        out_printf(o, "#line %u \"%s\"\n", line, o->t->display_path);
        o->line = line;
        size_t bol = source_line_start(&o->t->src, line);
        for (size_t i = bol; i < b; i++)
            out_puts(o, o->t->src.text[i] == '\t' ? "\t" : " ");
    }
    out_put(o, o->t->src.text + b, e - b);
}

/* From here on, generated code.  It carries no #line of its own, so that
   the output does not depend on where it is written. */
void out_generated(Out *o)
{
    if (!out_at_line_start(o))
        out_put(o, "\n", 1);
    o->line = 0;    /* the next verbatim text says its line again */
}

/* ---- the file ---- */

/* The frame, once: after those of the generators it holds (sub-generators
   of yield from CALL, locals: plan's Frame.embeds), whose first
   declarations may come later; not if the header from --header came
   first. */
static void emit_frame(Out *o, Gen *g, int depth)
{
    if (!g || o->frame_written[g->index] || depth > o->t->gens.len)
        return;
    o->frame_written[g->index] = true;
    for (int i = 0; i < g->frame.embeds.len; i++)
        emit_frame(o, g->frame.embeds.items[i], depth + 1);
    o->g = g;
    out_printf(o, "#ifndef YC__HSTRUCT_%s\n#define YC__HSTRUCT_%s\n", g->def->name, g->def->name);
    emit_struct(o, g);
    out_puts(o, "#endif\n");
}

/* The text that replaces declaration d: the frame and prototypes at the
   first declaration, the functions at the definition. */
static void emit_decl_block(Out *o, Gen *g, GenDecl *d)
{
    o->g = g;
    size_t b = d->decl_begin;
    char *prefix = yc_strndup(o->t->src.text + b, d->kw - b);
    out_generated(o);
    if (d->first_decl == d) {
        emit_frame(o, g, 0);
        o->g = g;
        emit_prototypes(o, g, prefix);
        emit_inline_prototypes(o, g);
        emit_registry(o);
    }
    if (d == g->def) {
        o->done = yc_alloc((size_t)g->rewrites.len + 1);
        emit_constructor(o, g, prefix);
        emit_step(o, g);
        emit_runtime_glue(o, g);
    }
}

void emit_file(Tool *t, Buf *b)
{
    Out o = { .t = t, .b = b, .line = 1 };
    o.frame_written = yc_alloc((size_t)t->gens.len + 1);
    size_t pos = 0;
    bool runtime = t->includes_runtime;
    for (int i = 0; i < t->lx.decls.len; i++) {
        GenDecl *d = t->lx.decls.items[i];
        Gen *g = d->gen;
        if (!g)
            continue;
        out_verbatim(&o, pos, d->decl_begin);
        if (!runtime) {
            if (!out_at_line_start(&o))
                out_puts(&o, "\n");
            out_puts(&o, "#include <yieldc.h>\n");
            runtime = true;
        }
        if (d->first_decl != d && d != g->def) {
            /* a later prototype: the struct is complete already */
            out_verbatim(&o, d->decl_begin, d->kw);
            out_printf(&o, "struct %s ", d->name);
            pos = d->name_off;
            continue;
        }
        emit_decl_block(&o, g, d);
        o.line = 0;
        pos = d->end;
    }
    out_verbatim(&o, pos, t->src.len);
}

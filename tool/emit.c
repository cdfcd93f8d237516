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
**   generator(int) int count(int n)      struct count { unsigned char yc_state; YC__RETURN_IN_MEMORY
**   {                                        int yc_value; int yc_result; int n; int total; int i; };
**       int total = 0;                   struct count count(int n) { return (struct count){ .n = n }; }
**       for (int i = 0; i < n; i++) {    static inline int count__body(struct count *yc_f,
**           yield i;                                             unsigned yc_from, bool *yc_yielded)
**           total += i;                  {   static const __typeof__(int) yc_none;
**       }                                    int n = yc_f->n;
**       return total;                        switch (yc_from) {
**   }                                        case 0: break;
**                                            case 1: goto yc_resume_1;
**                                            default: YC__UNREACHABLE(yc_none);
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
**                                        }   YC__FALL_OFF_END(yc_none); }
**                                        static inline bool count__istep(struct count *yc_f,
**                                                                        unsigned yc_from)
**                                        {   bool yc_yielded = false;
**                                            int yc_r = count__body(yc_f, yc_from, &yc_yielded);
**                                            if (yc_yielded) return true;
**                                            yc_f->yc_result = yc_r; return YC__FINISH(yc_f); }
**                                        static inline bool count__inext(struct count *yc_f)
**                                        {   if (YC__REFUSE(yc_f, "count")) return false;
**                                            return count__istep(yc_f, YC__ENTER(yc_f)); }
**                                        bool count__next(void *yc_g)   (for other files)
**                                        { return count__inext(yc_g); }
**                                        const struct yc_kind count__kind = { "count",
**                                            count__next, yc__done_uc, yc__close_uc };
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
    unsigned nl = 0;
    for (size_t i = 0; i < n; i++)
        nl += s[i] == '\n';
    o->line += nl;
    o->out_lines += nl;
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

/* Text for inside a comment: no `*' `/' to end it. */
const char *comment_text(const char *s)
{
    if (!strstr(s, "*/"))
        return s;
    Buf b = { 0 };
    for (const char *p = s; *p; p++)
        buf_puts(&b, p[0] == '*' && p[1] == '/' ? "* " : (char[2]){ *p, 0 });
    return buf_done(&b);
}

/* A file name as a #line directive's string literal holds it. */
static const char *line_path(const char *path)
{
    if (!strpbrk(path, "\"\\\n"))
        return path;
    Buf b = { 0 };
    for (const char *p = path; *p; p++)
        buf_puts(&b, *p == '"' ? "\\\"" : *p == '\\' ? "\\\\" : *p == '\n' ? "\\n" : (char[2]){ *p, 0 });
    return buf_done(&b);
}

/* `#line` for INPUT's line `line`: the line and file the compiler would
   give it, after INPUT's own #line directives before it. */
static void out_line_directive(Out *o, unsigned line)
{
    const char *file;
    unsigned shown = presumed_line(o->t, line, &file);
    out_printf(o, "#line %u \"%s\"\n", shown, file ? file : line_path(o->t->display_path));
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
        out_line_directive(o, line);
        o->line = line;
        size_t bol = source_line_start(&o->t->src, line);
        for (size_t i = bol; i < b; i++)
            out_puts(o, o->t->src.text[i] == '\t' ? "\t" : " ");
    }
    out_put(o, o->t->src.text + b, e - b);
}

/* Generated code about to be written before INPUT's OFF, on a line of its
   own when OFF has text before it on its line: a newline, and a #line
   saying OFF's line again.  The code starts its line unindented: clang's
   -Wmisleading-indentation takes a statement after a braceless body, on
   the body's line or indented as the body, for one misplaced. */
void out_own_line(Out *o, size_t off)
{
    const char *text = o->t->src.text;
    size_t i = source_line_start(&o->t->src, out_line(o, off));
    while (i < off && (text[i] == ' ' || text[i] == '\t'))
        i++;
    if (i == off)
        return;
    out_puts(o, "\n");
    if (!o->t->no_line) {
        unsigned line = out_line(o, off);
        out_line_directive(o, line);
        o->line = line;
    }
}

/* From here on, generated code: it says its own place in the output, as
   bison's does, so that a debugger or a compiler's message points at it
   and no line of INPUT maps to it. */
void out_generated(Out *o)
{
    if (!out_at_line_start(o))
        out_put(o, "\n", 1);
    if (o->line != 0 && !o->t->no_line && o->out_path)
        out_printf(o, "#line %u \"%s\"\n", o->out_lines + 2, line_path(o->out_path));
    o->line = 0;    /* the next verbatim text says its line again */
}

/* Generated code and the runtime header it is compiled with must be of one
   version: the frame's layout and the macros between them change. */
void emit_version_check(Out *o)
{
    out_printf(o, "#if !defined(YIELDC_VERSION_NUMBER) || YIELDC_VERSION_NUMBER != %d\n"
                  "#error \"generated by yieldc %s: compile it with the yieldc.h of that version (yieldc --cflags)\"\n"
                  "#endif\n", YC_VERSION_NUMBER, YC_VERSION);
}

/* ---- the file ---- */

/* Frame g's struct under its guard: once in a translation unit, the
   output's or the header's, whichever comes first.  The guard names the
   generator and a hash of the struct's text: this file's output and its
   header from --header write the same text, so one stands for the other;
   another file's static generator of that name, with another frame,
   has another guard, and the compiler reports the redefinition (a guard
   of the file's base name let a file of that name in another directory
   stand for it: a frame of another layout, silently). */
void emit_guarded_struct(Out *o, Gen *g)
{
    Buf text = { 0 };
    Out tmp = *o;
    tmp.b = &text;
    emit_struct(&tmp, g);
    char *body = yc_strndup(text.data ? text.data : "", text.len);
    char *guard = yc_format("YC__HSTRUCT_%s_%08x", g->def->name, (unsigned)(hash_str(body) & 0xffffffffu));
    out_printf(o, "#ifndef %s\n#define %s\n", guard, guard);
    out_put(o, text.data ? text.data : "", text.len);
    out_puts(o, "#endif\n");
    buf_free(&text);
}

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
    emit_guarded_struct(o, g);
}

/* The macros expanded in a body, lines FIRST to LAST (each round of
   expand.c keeps INPUT's lines): the output no longer names them, nor the
   macros their arguments and definitions name, and -Wunused-macros would
   report the user's definitions; `#ifdef` counts as a use. */
static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void mark_expanded_macros(Out *o, unsigned first, unsigned last)
{
    StrVec names = { 0 };
    for (const Source *src = &o->t->src; src; src = src->parent)
        for (int i = 0; i < src->map.len; i++) {
            const SrcMap *m = &src->map.items[i];
            unsigned line = source_line(src, m->here.begin);
            if (line < first || line > last)
                continue;
            for (int k = 0; k < m->names.len; k++)
                vec_push(&names, m->names.items[k]);
        }
    if (!names.len)
        return;
    StrVec defined = { 0 };
    defined_macros_named(o->t, &names, &defined);
    /* by name: the rounds of expansion that found them differ between
       libclang's versions, and the output must not */
    vec_sort(&defined, cmp_names);
    for (int i = 0; i < defined.len; i++)
        out_printf(o, "#ifdef %s\n#endif\n", defined.items[i]);
}

/* The text that replaces declaration d: the frame and prototypes at the
   first declaration, the functions at the definition. */
static void emit_decl_block(Out *o, Gen *g, GenDecl *d)
{
    o->g = g;
    size_t b = d->decl_begin;
    char *prefix = yc_format("%.*s%s", (int)(d->kw - b), o->t->src.text + b, d->specifiers);
    out_generated(o);
    out_puts(o, "YC__BEGIN_GENERATED\n");
    if (!o->version_checked) {
        emit_version_check(o);
        o->version_checked = true;
    }
    if (d->first_decl == d) {
        emit_frame(o, g, 0);
        o->g = g;
        emit_declarations(o, g, prefix);
        emit_registry(o);
    }
    if (d == g->def) {
        o->done = yc_alloc((size_t)g->rewrites.len + 1);
        emit_constructor(o, g, prefix);
        emit_step(o, g);
        emit_runtime_glue(o, g);
        mark_expanded_macros(o, out_line(o, d->body_begin), out_line(o, d->body_end));
    }
    if (!out_at_line_start(o))
        out_puts(o, "\n");
    out_puts(o, "YC__END_GENERATED\n");
}

void emit_file(Tool *t, Buf *b)
{
    Out o = { .t = t, .b = b, .line = 1, .out_path = t->out_path };
    o.frame_written = yc_alloc((size_t)t->gens.len + 1);
    /* a file without generators is copied as it is; else a banner, and
       INPUT's first lines are INPUT's */
    if (t->gens.len) {
        out_printf(&o, "/* Generated by yieldc %s from %s; do not edit. */\n", YC_VERSION,
                   comment_text(t->display_path));
        if (!t->no_line)
            out_printf(&o, "#line 1 \"%s\"\n", line_path(t->display_path));
    }
    o.line = 1;
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
            out_printf(&o, "%sstruct %s ", d->specifiers, d->name);
            pos = d->name_off;
            continue;
        }
        emit_decl_block(&o, g, d);
        o.line = 0;
        pos = d->end;
    }
    out_verbatim(&o, pos, t->src.len);
}

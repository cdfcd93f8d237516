/*
** emit_api.c -- emit: what a generator's declarations become: its frame
** struct (plan's Frame), the prototypes, its place in the runtime's
** _Generic dispatch, the constructor, and the step, send and close
** functions around the body, inline for this file and external for others
** (those that differ between generators only in names and types are
** yieldc.h's macros: YC__DECLARE, YC__DEFINE_STEP, YC__DEFINE, ...).
*/
#include "emit.h"

#include <stdio.h>
#include <string.h>

/* ---- the generated declarations ---- */

/* The generated functions of a static generator are static inline (and
   no warning for those a file does not use); the others have external
   linkage, for other files (--header). */
static const char *storage_of(const GenDecl *d)
{
    return d->is_static ? "static inline " : "";
}

static void emit_var_field(Out *o, Var *v, const char *indent)
{
    if (v->align_spec)
        out_printf(o, "%s%s ", indent, v->align_spec);    /* then the field, on the same line */
    const char *in = v->align_spec ? "" : indent;
    if (v->local_type)
        out_printf(o, "%s_Alignas(%lld) unsigned char %s[%lld];  /* local '%s' of type '%s' (declared in "
                "the body), line %u */\n", in, v->align, v->field, v->size, v->name, v->type,
                out_line(o, v->name_off));
    else
        out_printf(o, "%s%s;  /* %s '%s', line %u */\n", in, declarator(v->type, v->field),
                v->is_param ? "parameter" : "local", v->name, out_line(o, v->name_off));
}

static void emit_temp_field(Out *o, XNode *x)
{
    if (x->kind == X_YIELD && x->tok->is_from)
        out_printf(o, "    %s;  /* the result of 'yield from' at line %u */\n", declarator(x->sub_rtype, x->temp),
                out_line(o, x->begin));
    else if (x->kind == X_YIELD)
        out_printf(o, "    %s;  /* the value of yield %d, kept over a suspension */\n",
                user_declarator(o->g->def->stype, x->temp), x->state);
    else if (x->kind == X_COND && x->local_type)
        out_printf(o, "    _Alignas(%lld) unsigned char %s[%lld];  /* the value of a '?:' of type '%s' (declared "
                "in the body), line %u */\n", x->align, x->temp, x->size, x->type, out_line(o, x->begin));
    else if (x->kind == X_COND)
        out_printf(o, "    %s;  /* the value of a '?:', line %u */\n", declarator(x->type, x->temp),
                out_line(o, x->begin));
    else
        out_printf(o, "    int %s;  /* the value of a '%s', line %u */\n", x->temp,
                x->kind == X_AND ? "&&" : "||", out_line(o, x->begin));
}

static void emit_field(Out *o, const Field *f, const char *indent)
{
    GenDecl *d = o->g->def;
    XNode *y = f->node;
    switch (f->kind) {
    case F_VALUE:
        out_printf(o, "    %s;  /* the last value yielded */\n", user_declarator(d->ytype, "yc_value"));
        break;
    case F_RESULT:
        out_printf(o, "    %s;  /* the value returned */\n", user_declarator(d->rtype, "yc_result"));
        break;
    case F_SENT:
        out_printf(o, "    %s;  /* the value sent */\n", user_declarator(d->stype, "yc_sent"));
        break;
    case F_TOP:
        out_printf(o, "    struct %s *yc_top;  /* the root's: the innermost frame of its recursion (at a yield); "
                      "as a frame delegates, its sub */\n", d->name);
        break;
    case F_PARENT:
        out_printf(o, "    struct %s *yc_parent;  /* a sub's: the frame that delegates to it */\n", d->name);
        break;
    case F_TEMP:
        emit_temp_field(o, y);
        break;
    case F_SUB:
        if (y->sub_frame == SUB_EMBEDDED)
            out_printf(o, "%sstruct %s %s;  /* line %u */\n", indent, y->sub_name, y->sub_field, out_line(o, y->begin));
        else
            out_printf(o, "%sstruct %s *%s;  /* 'yield from' at line %u: %s */\n", indent, y->sub_name, y->sub_field,
                    out_line(o, y->begin),
                    y->sub_frame != SUB_ALLOCATED ? "the generator delegated to"
                    : y->sub_chained && o->g->frame.chain_scratch
                        ? "its frame, from YC_ALLOC (recursive) once it suspends; it starts in the step's spare"
                        : "its frame, from YC_ALLOC (recursive)");
        break;
    case F_LITERAL:
        out_printf(o, "    %s;  /* a compound literal, line %u */\n", declarator(f->lit->type, f->lit->field),
                out_line(o, f->lit->begin));
        break;
    case F_VAR:
        emit_var_field(o, f->var, indent);
        break;
    }
}

/* The frame: the state, then the fields plan laid out; those of a group
   share storage, in an anonymous union. */
void emit_struct(Out *o, Gen *g)
{
    const Frame *fr = &g->frame;
    out_printf(o, "struct %s {\n", g->def->name);
    out_printf(o, "    %s yc_state;  /* 0: not started; 1..%d: at that yield; %u: running; %u: done */\n",
            fr->state_type, g->yields.len, fr->state_max - 1, fr->state_max);
    if (fr->return_in_memory)
        out_puts(o, "    YC__RETURN_IN_MEMORY  /* in the state's padding: see yieldc.h */\n");
    int open = 0;       /* the group of the union open */
    for (int i = 0; i < fr->fields.len; i++) {
        const Field *f = &fr->fields.items[i];
        if (f->group != open) {
            if (open)
                out_puts(o, "    };\n");
            if (f->group)
                out_puts(o, f->kind == F_SUB ? "    union {  /* the sub-generators of 'yield from', one alive at a time */\n"
                                         : "    union {  /* locals never kept over the same yield: they share storage */\n");
            open = f->group;
        }
        emit_field(o, f, open ? "        " : "    ");
    }
    if (open)
        out_puts(o, "    };\n");
    out_puts(o, "};\n");
}

void emit_prototypes(Out *o, Gen *g, const char *prefix)
{
    GenDecl *d = g->def;
    const char *st = storage_of(d);
    const char *n = d->name;
    out_printf(o, "%sstruct %s %s%.*s;\n", prefix, n, n, (int)(d->params_end - d->params_begin),
            o->t->src.text + d->params_begin);
    out_printf(o, "%sbool %s__next(void *yc_g);\n", st, n);
    if (d->stype) {
        out_printf(o, "%sbool %s__send(struct %s *yc_f, %s);\n", st, n, n, user_declarator(d->stype, "yc_v"));
    } else {
        out_printf(o, "struct yc_error_yc_send_on_a_generator_without_a_send_type %s__send(struct %s *, ...);\n",
                n, n);
    }
    out_printf(o, "%sconst struct yc_kind %s__kind;\n", d->is_static ? "static " : "extern ", n);
}

/* In the defining file: the constructor, then the API and the static
   inline functions behind yc_next & co. (YC__DECLARE, in yieldc.h).  The
   constructor of a public generator is declared unless the header from
   --header, included before, has declared it (-Wredundant-decls); the
   rest of the API likewise, in YC__DECLARE. */
void emit_declarations(Out *o, Gen *g, const char *prefix)
{
    GenDecl *d = g->def;
    const char *n = d->name;
    if (!d->is_static)
        out_printf(o, "#ifndef YC__INHDR_%s\n", n);
    out_printf(o, "%sstruct %s %s%.*s;\n", prefix, n, n, (int)(d->params_end - d->params_begin),
               o->t->src.text + d->params_begin);
    if (!d->is_static)
        out_puts(o, "#endif\n");
    if (d->stype)
        out_printf(o, "YC__DECLARE_SEND(%s, %s, %s);\n", d->is_static ? "static" : "", n,
                   user_declarator(d->stype, "yc_v"));
    else
        out_printf(o, "YC__DECLARE(%s, %s);\n", d->is_static ? "static" : "", n);
}

/* Lists the generator for the runtime's _Generic dispatch (see yieldc.h):
   YC__HERE_n says this file defines it, so yc_next & co. call its static
   inline step functions, which the compiler may inline into the caller's
   loop (other files call the external ones); YC__LOCAL lists it unless
   the header from --header that declares it is included (yieldc.h decides
   where they are used).  The list is a chain, each link naming the one
   before, so the output grows linearly with the number of generators. */
void emit_registry(Out *o)
{
    const char *n = o->g->def->name;
    out_printf(o, "#define YC__HERE_%s YC__PROBE\n", n);
    out_printf(o, "#define YC__LIST_%s(op)", n);
    if (o->last_listed)
        out_printf(o, " YC__LIST_%s(op)", o->last_listed);
    out_printf(o, " YC__LOCAL_GEN(%s, %s__%s, op)\n", n, n, o->g->def->stype ? "isend" : "send");
    out_printf(o, "#undef YC__LOCAL\n#define YC__LOCAL(op) YC__LIST_%s(op)\n", n);
    o->last_listed = n;
}

void emit_constructor(Out *o, Gen *g, const char *prefix)
{
    GenDecl *d = g->def;
    out_printf(o, "%sstruct %s %s%.*s\n{\n", prefix, d->name, d->name,
            (int)(d->params_end - d->params_begin), o->t->src.text + d->params_begin);
    for (int i = 0; i < g->params.len; i++) {
        Var *v = g->params.items[i];
        if (v->storage == ST_LOCAL)
            out_printf(o, "    (void)%s;\n", v->name);
    }
    out_printf(o, "    return (struct %s){ .yc_state = 0", d->name);
    for (int i = 0; i < g->params.len; i++) {
        Var *v = g->params.items[i];
        if (v->storage != ST_LOCAL)
            out_printf(o, ", .%s = %s", v->field, v->name);
    }
    if (g->start_at) {  /* the first clause of the loop its first step enters (plan_loop.c) */
        const CountedFor *cf = g->start_at->advance;
        for (int i = 0; i < cf->inits.len; i++) {
            const Var *v = cf->inits.items[i];
            out_printf(o, ", .%s =%s", v->field, o->t->no_line ? " " : "");
            out_verbatim(o, v->init_begin, v->init_end);   /* at its place in INPUT, for the compiler's messages */
        }
        if (!o->t->no_line)
            out_generated(o);
    }
    out_puts(o, " };\n}\n");
}

/* The body, then __istep (YC__DEFINE_STEP), which runs the body from state
   yc_from (neither done nor running) to its next yield (true) or its end
   (false) and records the result.  yc_next & co. call it after the checks
   of YC__REFUSE; a sub-generator made in place by `yield from`, which only
   its delegating generator can resume, is stepped directly. */
void emit_step(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    emit_body(o, g);
    if (g->frame.chain) {
        /* the value a sub yields is the value of the frame resumed */
        const char *copy = is_void(d->ytype) ? "(void)0" : "yc_root->yc_value = yc_f->yc_value";
        const char *mode = g->frame.chain_scratch ? "SCRATCH" : "HEAP";
        if (is_void(d->rtype))
            out_printf(o, "YC__DEFINE_STEP_CHAIN_VOID(%s, %s, %s, %s)\n", d->name, copy, mode, g->frame.chain_link);
        else
            out_printf(o, "YC__DEFINE_STEP_CHAIN(%s, %s, %s, %s, %s)\n", d->name, copy, mode, g->frame.chain_link,
                       user_declarator(d->rtype, "yc_r"));
        return;
    }
    if (is_void(d->rtype))
        out_printf(o, "YC__DEFINE_STEP_VOID(%s)\n", d->name);
    else
        out_printf(o, "YC__DEFINE_STEP(%s, %s)\n", d->name, user_declarator(d->rtype, "yc_r"));
}

/* Nothing to close: no sub-generator, no cleanup. */
static bool closes_nothing(const Gen *g)
{
    return !g->froms.len && !g->has_cleanups;
}

/* yc_close: a suspended generator closes its sub-generator, then runs the
   cleanups in scope, innermost first.  One with nothing to close is the
   runtime's YC__DEFINE_CLOSE. */
static void emit_close(Out *o, Gen *g)
{
    if (closes_nothing(g)) {
        out_printf(o, "YC__DEFINE_CLOSE(%s)\n", g->def->name);
        return;
    }
    const char *n = g->def->name;
    /* with a chain: one frame's close, under another name */
    out_printf(o, "static inline void %s__iclose%s(struct %s *yc_f)\n{\n", n, g->frame.chain ? "_frame" : "", n);
    if (!g->frame.chain)    /* (a chain's frames: its root's check, below) */
        out_printf(o, "    YC__CLOSE_CHECK(yc_f, \"%s\");\n", n);
    out_puts(o, "    switch (yc_f->yc_state) {\n");
    for (int i = 0; i < g->yields.len; i++) {
        Yield *y = g->yields.items[i];
        if (!y->tok->is_from && !y->cleanups.len)
            continue;
        out_printf(o, "    case %d:", y->state);
        if (y->sub_chained) {      /* closed already, innermost first; freed here */
            out_printf(o, " YC_FREE(yc_f->%s); yc_f->%s = NULL;", y->sub_field, y->sub_field);
        } else if (y->tok->is_from) {
            bool in_place = y->sub_frame == SUB_EMBEDDED;
            out_printf(o, " YC__CLOSE(%syc_f->%s);", in_place ? "&" : "", y->sub_field);
            if (y->sub_frame == SUB_ALLOCATED)
                out_printf(o, " YC_FREE(yc_f->%s); yc_f->%s = NULL;", y->sub_field, y->sub_field);
        }
        for (int k = y->cleanups.len - 1; k >= 0; k--) {
            Var *v = y->cleanups.items[k];
            out_printf(o, " %s(%syc_f->%s);", v->cleanup_fn, v->local_type ? "(void *)" : "&", v->field);
        }
        out_puts(o, " break;\n");
    }
    out_puts(o, "    default: break;\n    }\n");    /* -Wswitch-default */
    out_puts(o, "    yc_f->yc_state = YC__DONE(yc_f->yc_state);\n}\n");
    if (g->frame.chain)     /* the chain from the innermost frame up, no C stack per level */
        out_printf(o, "static inline void %s__iclose(struct %s *yc_f)\n{\n"
                      "    YC__CLOSE_CHECK(yc_f, \"%s\");\n"
                      "    for (struct %s *yc_c = yc_f->yc_top, *yc_p; yc_c; yc_c = yc_p == yc_f ? NULL : yc_p) {\n"
                      "        yc_p = yc_c->yc_parent;\n        %s__iclose_frame(yc_c);\n    }\n"
                      "    yc_f->yc_top = NULL;\n    %s__iclose_frame(yc_f);\n}\n",
                   n, n, n, n, n, n);
}

/* close (above), then (with S) next and send, static inline, both
   resuming, the first sending a zero S; the functions of the API, which
   call them, and the handle's kind, whose close is the file's shared one
   for a generator with nothing to close: the runtime's YC__DEFINE[_SEND]. */
void emit_runtime_glue(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    const char *st = d->is_static ? "static" : "";
    const char *close = closes_nothing(g) ? yc_format("YC__CLOSE_FN(%s)", d->name) : yc_format("%s__close", d->name);
    emit_close(o, g);
    if (d->stype)
        out_printf(o, "YC__DEFINE_SEND(%s, %s, %s, %s)\n", st, d->name, close, user_declarator(d->stype, "yc_v"));
    else
        out_printf(o, "YC__DEFINE(%s, %s, %s)\n", st, d->name, close);
}

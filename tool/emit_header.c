/*
** emit_header.c -- emit: the header from --header, for the other files of
** a program: INPUT's #include lines, every frame, and the prototypes and
** dispatch entries of the public generators.
*/
#include "emit.h"

#include <stdio.h>
#include <string.h>

/* The #include lines of INPUT before its first generator; whether
   yieldc.h was among them. */
static bool emit_includes(Out *o)
{
    bool runtime = false;
    for (int i = 0; i < o->t->includes.len; i++) {
        const Include *inc = &o->t->includes.items[i];
        out_put(o, o->t->src.text + inc->line.begin, inc->line.end - inc->line.begin);
        out_puts(o, "\n");
        runtime |= inc->runtime;
    }
    return runtime;
}

/* The frame of g for the header, after those it holds (Frame.embeds). */
static void emit_header_struct(Out *o, Gen *g, bool *done, int depth)
{
    if (!g || done[g->index] || depth > o->t->gens.len)
        return;
    done[g->index] = true;
    for (int i = 0; i < g->frame.embeds.len; i++)
        emit_header_struct(o, g->frame.embeds.items[i], done, depth + 1);
    o->g = g;
    out_printf(o, "#define YC__HSTRUCT_%s\n", g->def->name);
    emit_struct(o, g);
}

void emit_header(Tool *t, Buf *b, const char *path)
{
    Out o = { .t = t, .b = b, .line = 1 };
    Buf guard = { 0 };
    buf_puts(&guard, "YC_HEADER_");
    for (const char *p = path; *p; p++) {
        char c = *p;
        buf_put(&guard, (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? &c : "_", 1);
    }
    out_printf(&o, "/* Written by yieldc from %s: its generators, for other files. */\n", t->display_path);
    out_printf(&o, "#ifndef %s\n#define %s\n", guard.data, guard.data);
    if (!emit_includes(&o))
        out_puts(&o, "#include <yieldc.h>\n");
    /* every frame, those embedded in others first (static ones too: a
       public frame may hold them) */
    out_puts(&o, "\n#if !defined(__YIELDC__)\n");
    bool *done = yc_alloc((size_t)t->gens.len + 1);
    for (int i = 0; i < t->gens.len; i++)
        emit_header_struct(&o, t->gens.items[i], done, 0);
    out_puts(&o, "#endif\n");
    Buf list = { 0 };
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        if (g->def->is_static)
            continue;
        o.g = g;
        GenDecl *d = g->def;
        out_printf(&o, "\n#if defined(__YIELDC__)  /* as yieldc sees it when it parses another file */\n");
        Buf view = { 0 };
        view_struct(&view, d->name, d->ytype, d->stype, d->rtype);
        out_printf(&o, "#ifndef YC__DEFINING_%s\n%s;\nstruct %s %s%.*s;\n#endif\n#else\n", d->name, buf_done(&view),
                d->name, d->name, (int)(d->params_end - d->params_begin), t->src.text + d->params_begin);
        emit_prototypes(&o, g, "");
        out_printf(&o, "#define YC__HGEN_%s(op) struct %s *: %s__##op,\n#endif\n", g->def->name, g->def->name,
                g->def->name);
        buf_printf(&list, " YC__HGEN_%s(op)", g->def->name);
    }
    out_puts(&o, "\n/* list them for yc_next & co. in a free slot of yieldc.h */\n");
    for (int k = 0; k < 8; k++) {
        out_printf(&o, "#%s !defined(YC__H%d_USED)\n#define YC__H%d_USED\n#undef YC__H%d\n", k ? "elif" : "if", k, k, k);
        out_printf(&o, "#define YC__H%d(op)%s\n", k, list.data ? list.data : "");
    }
    out_puts(&o, "#else\n#error \"yieldc: more than 8 headers of generators in one translation unit\"\n#endif\n");
    out_printf(&o, "#endif /* %s */\n", guard.data);
    buf_free(&list);
    buf_free(&guard);
}

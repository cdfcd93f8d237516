/*
** emit.c -- the last stage: write the output.  Text outside generators is
** copied byte for byte.  Each generator becomes its frame struct, its
** constructor and its step function, whose body is the user's body with
** only these changes:
**
**   generator(int) int count(int n)      struct count { unsigned char yc_state;
**   {                                        int yc_value; int yc_result; int n; int total; int i; };
**       int total = 0;                   struct count count(int n) { return (struct count){ .n = n }; }
**       for (int i = 0; i < n; i++) {    bool count__next(struct count *yc_f)
**           yield i;                     {   int n = yc_f->n;
**           total += i;                      switch (YC__ENTER(yc_f, "count")) {
**       }                                    case 0: break;
**       return total;                        case 1: goto yc_resume_1;
**   }                                        default: return false;
**                                            }
**                                        {   int total = 0;
**                                            for (int i = 0; i < n; i++) {
**                                                { yc_f->yc_value = (i); yc_f->n = n; yc_f->total = total;
**                                                  yc_f->i = i; yc_f->yc_state = 1; return true;
**                                                  yc_resume_1:; total = yc_f->total; i = yc_f->i; }
**                                                total += i;
**                                            }
**                                            return yc_f->yc_result = (total), YC_FINISH(yc_f);
**                                        }   return YC_FINISH(yc_f); }
**
** A resume point is a label; the dispatch switch jumps to it with `goto`,
** so the user's own loops, switches and gotos stay as written around it.
** `#line` directives map every line of the body back to INPUT.
*/
#include "yc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { IT_STMT, IT_DECL, IT_YIELD, IT_RENAME, IT_REF, IT_FUNC, IT_INIT } ItemKind;

/* A piece of a generator's body that is not copied as written. */
typedef struct Item {
    ItemKind kind;
    size_t begin, end;
    void *what;             /* Stmt*, Var*, Yield*, Ref* */
    bool done;
} Item;

typedef struct Out {
    Tool *t;
    Buf *b;
    unsigned line;          /* INPUT line the next output line is attributed to */
    size_t *line_starts;    /* offsets where INPUT's lines start */
    int nlines;
    /* the generator being written */
    Gen *g;
    Item *items;
    int nitems;
} Out;

/* ---- text and #line ---- */

static unsigned src_line(Out *o, size_t off)
{
    int lo = 0, hi = o->nlines;
    while (lo + 1 < hi) {
        int mid = (lo + hi) / 2;
        if (o->line_starts[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (unsigned)lo + 1;
}

static void put(Out *o, const char *s, size_t n)
{
    buf_put(o->b, s, n);
    for (size_t i = 0; i < n; i++)
        o->line += s[i] == '\n';
}

static void puts_(Out *o, const char *s)
{
    put(o, s, strlen(s));
}

static void printf_(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void printf_(Out *o, const char *fmt, ...)
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
        put(o, big, (size_t)n);
        return;
    }
    put(o, buf, (size_t)n);
}

static bool at_line_start(Out *o)
{
    return o->b->len == 0 || o->b->data[o->b->len - 1] == '\n';
}

/* Copies INPUT[b, e), first pointing the compiler at its line if needed. */
static void verbatim(Out *o, size_t b, size_t e)
{
    if (b >= e)
        return;
    unsigned line = src_line(o, b);
    if (line != o->line && !o->t->no_line) {
        if (!at_line_start(o))
            puts_(o, "\n");
        printf_(o, "#line %u \"%s\"\n", line, o->t->display_path);
        o->line = line;
        size_t bol = o->line_starts[line - 1];
        for (size_t i = bol; i < b; i++)
            puts_(o, o->t->src.text[i] == '\t' ? "\t" : " ");
    }
    put(o, o->t->src.text + b, e - b);
}

/* `T name` for a type spelled by clang. */
static char *declarator(const char *type, const char *name)
{
    if (strchr(type, '(') || (strchr(type, '[') && strchr(type, '*')))
        return yc_format("__typeof__(%s) %s", type, name);
    const char *bracket = strchr(type, '[');
    if (bracket) {
        size_t n = (size_t)(bracket - type);
        while (n > 0 && type[n - 1] == ' ')
            n--;
        return yc_format("%.*s %s%s", (int)n, type, name, bracket);
    }
    size_t n = strlen(type);
    return yc_format("%s%s%s", type, n && type[n - 1] == '*' ? "" : " ", name);
}

static bool is_void(const char *type)
{
    return !type || !strcmp(type, "void");
}

/* A type written by the user in generator(...): may need typeof. */
static char *user_declarator(const char *type, const char *name)
{
    if (strchr(type, '(') || strchr(type, '['))
        return yc_format("__typeof__(%s) %s", type, name);
    size_t n = strlen(type);
    return yc_format("%s%s%s", type, n && type[n - 1] == '*' ? "" : " ", name);
}

/* ---- the body ---- */

static void emit_range(Out *o, size_t b, size_t e, int from);

static const char *value_of(Out *o, Yield *y)
{
    if (!o->g->def->stype)
        return "((void)0)";
    return y->temp ? yc_format("yc_f->%s", y->temp) : "yc_f->yc_sent";
}

static void emit_suspend(Out *o, Stmt *s, Yield *y, int index)
{
    if (!y->tok->bare) {
        puts_(o, "yc_f->yc_value = (");
        emit_range(o, y->tok->operand_begin, y->tok->operand_end, index + 1);
        puts_(o, "); ");
    }
    for (int i = 0; i < s->live.len; i++) {
        Var *v = s->live.items[i];
        printf_(o, "yc_f->%s = %s; ", v->field, v->name);
    }
    printf_(o, "yc_f->yc_state = %d; return true; yc_resume_%d:;", y->state, y->state);
    for (int i = 0; i < s->live.len; i++) {
        Var *v = s->live.items[i];
        if (!v->is_param)
            printf_(o, " %s = yc_f->%s;", v->name, v->field);
    }
    if (y->temp)
        printf_(o, " yc_f->%s = yc_f->yc_sent;", y->temp);
}

static int index_of(Out *o, void *what)
{
    for (int i = 0; i < o->nitems; i++)
        if (o->items[i].what == what)
            return i;
    return -1;
}

static void emit_return(Out *o, Stmt *s, int index)
{
    if (s->ret_expr_end > s->ret_expr_begin) {
        puts_(o, is_void(o->g->def->rtype) ? "return (void)(" : "return yc_f->yc_result = (");
        emit_range(o, s->ret_expr_begin, s->ret_expr_end, index + 1);
        puts_(o, "), YC_FINISH(yc_f);");
    } else {
        puts_(o, "return YC_FINISH(yc_f);");
    }
}

static void emit_stmt(Out *o, Stmt *s, int index)
{
    if (!s->yields.len) {
        emit_return(o, s, index);
        return;
    }
    if (!s->is_decl)
        puts_(o, "{ ");
    for (int i = 0; i < s->yields.len; i++) {
        Yield *y = s->yields.items[i];
        emit_suspend(o, s, y, index_of(o, y));
        puts_(o, " ");
    }
    if (s->is_return)
        emit_return(o, s, index);
    else if (!s->whole_is_yield)
        emit_range(o, s->begin, s->end, index + 1);
    if (!s->is_decl)
        puts_(o, " }");
}

/* A declaration of variables that live in the frame: they are initialized
   under a temporary name, then copied into the frame. */
static void emit_decl(Out *o, Item *it, int index)
{
    Var *first = it->what;
    bool any_kept = false;
    for (int i = 0; i < o->g->vars.len; i++) {
        Var *v = o->g->vars.items[i];
        if (v->stmt_begin == first->stmt_begin && (v->storage != ST_FRAME || v->has_init || v->shares_stmt))
            any_kept = true;
    }
    if (any_kept)
        emit_range(o, it->begin, it->end, index + 1);
    else
        printf_(o, "/* %s: in the frame */", first->name);
    for (int i = 0; i < o->g->vars.len; i++) {
        Var *v = o->g->vars.items[i];
        if (v->stmt_begin != first->stmt_begin || v->storage != ST_FRAME)
            continue;
        if (v->has_init)
            printf_(o, " memcpy(&yc_f->%s, &yc_init_%s, sizeof yc_f->%s);", v->field, v->name, v->field);
        else if (any_kept)
            printf_(o, " (void)yc_init_%s;", v->name);
    }
}

static void emit_item(Out *o, Item *it, int index)
{
    switch (it->kind) {
    case IT_STMT:
        emit_stmt(o, it->what, index);
        break;
    case IT_DECL:
        emit_decl(o, it, index);
        break;
    case IT_YIELD:
        puts_(o, value_of(o, it->what));
        break;
    case IT_RENAME:
        printf_(o, "yc_init_%s", ((Var *)it->what)->name);
        break;
    case IT_REF:
        printf_(o, "yc_f->%s", ((Ref *)it->what)->var->field);
        break;
    case IT_FUNC:
        printf_(o, "\"%s\"", o->g->def->name);
        break;
    case IT_INIT:
        printf_(o, " = yc_f->%s", ((Var *)it->what)->field);
        break;
    }
}

/* Copies INPUT[b, e) with the items from index `from` on applied. */
static void emit_range(Out *o, size_t b, size_t e, int from)
{
    size_t pos = b;
    for (int i = from; i < o->nitems; i++) {
        Item *it = &o->items[i];
        if (it->begin > e || (it->begin == e && it->end != e))
            break;
        if (it->done || it->begin < pos || it->end > e)
            continue;
        verbatim(o, pos, it->begin);
        it->done = true;
        emit_item(o, it, i);
        pos = it->end;
    }
    verbatim(o, pos, e);
}

static void add_item(Vec *v, ItemKind kind, size_t begin, size_t end, void *what)
{
    Item *it = yc_alloc(sizeof *it);
    *it = (Item){ kind, begin, end, what, false };
    vec_push(v, it);
}

static int cmp_item(const void *a, const void *b)
{
    const Item *x = a, *y = b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    return (int)x->kind - (int)y->kind;
}

static void collect_items(Out *o, Gen *g)
{
    Vec v = { 0 };
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        add_item(&v, IT_STMT, s->begin, s->end, s);
        for (int k = 0; k < s->yields.len; k++) {
            Yield *y = s->yields.items[k];
            add_item(&v, IT_YIELD, y->call_begin, y->call_end, y);
        }
    }
    size_t last_decl = (size_t)-1;
    for (int i = 0; i < g->vars.len; i++) {
        Var *var = g->vars.items[i];
        if (var->is_param)
            continue;
        if (var->storage == ST_FRAME) {
            if (var->stmt_begin != last_decl)
                add_item(&v, IT_DECL, var->stmt_begin, var->stmt_end, var);
            last_decl = var->stmt_begin;
            if (var->has_init || var->shares_stmt)
                add_item(&v, IT_RENAME, var->name_off, var->name_off + strlen(var->name), var);
        } else if (var->storage == ST_COPY && !var->has_init) {
            add_item(&v, IT_INIT, var->decl_end, var->decl_end, var);
        }
    }
    for (int i = 0; i < g->refs.len; i++) {
        Ref *r = g->refs.items[i];
        if (r->var->storage == ST_FRAME && r->off != (size_t)-1)
            add_item(&v, IT_REF, r->off, r->off + r->len, r);
    }
    for (int i = 0; i < o->t->lx.func_toks.len; i++) {
        size_t off = *(size_t *)o->t->lx.func_toks.items[i];
        if (off > g->def->body_begin && off < g->def->body_end)
            add_item(&v, IT_FUNC, off, off + strlen("__func__"), NULL);
    }
    o->nitems = v.len;
    o->items = yc_alloc((size_t)v.len * sizeof *o->items + 1);
    for (int i = 0; i < v.len; i++)
        o->items[i] = *(Item *)v.items[i];
    qsort(o->items, (size_t)o->nitems, sizeof *o->items, cmp_item);
}

/* ---- the generated declarations ---- */

static const char *storage_of(const GenDecl *d)
{
    return d->is_static ? "static " : "";
}

static void emit_struct(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    printf_(o, "struct %s {\n", d->name);
    printf_(o, "    %s yc_state;  /* 0: not started, 1..%d: suspended at yield N, then running, done */\n",
            g->state_type, g->nstates);
    if (!is_void(d->ytype))
        printf_(o, "    %s;  /* the last value yielded */\n", user_declarator(d->ytype, "yc_value"));
    if (!is_void(d->rtype))
        printf_(o, "    %s;  /* the value returned */\n", user_declarator(d->rtype, "yc_result"));
    if (d->stype)
        printf_(o, "    %s;  /* the value sent */\n", user_declarator(d->stype, "yc_sent"));
    for (int i = 0; i < g->temps.len; i++)
        printf_(o, "    %s;  /* a yield's value kept over the next suspension */\n",
                user_declarator(d->stype, g->temps.items[i]));
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (!v->preserved)
            continue;
        printf_(o, "    %s;  /* %s '%s', line %u */\n", declarator(v->type, v->field),
                v->is_param ? "parameter" : "local", v->name, src_line(o, v->name_off));
    }
    puts_(o, "};\n");
}

static const char *step_name(const Gen *g)
{
    return g->def->stype ? "resume" : "next";
}

static void emit_prototypes(Out *o, Gen *g, const char *prefix)
{
    GenDecl *d = g->def;
    const char *st = storage_of(d);
    const char *n = d->name;
    printf_(o, "%sstruct %s %s%.*s;\n", prefix, n, n, (int)(d->params_end - d->params_begin),
            o->t->src.text + d->params_begin);
    printf_(o, "%sbool %s__next(struct %s *yc_f);\n", st, n, n);
    if (d->stype) {
        printf_(o, "%sbool %s__resume(struct %s *yc_f);\n", st, n, n);
        printf_(o, "%sbool %s__send(struct %s *yc_f, %s);\n", st, n, n, user_declarator(d->stype, "yc_v"));
    } else {
        printf_(o, "struct yc_error_yc_send_on_a_generator_without_a_send_type %s__send(struct %s *, ...);\n",
                n, n);
    }
    printf_(o, "%svoid %s__close(struct %s *yc_f);\n", st, n, n);
    printf_(o, "%sconst struct yc_kind *%s__kind(void);\n", st, n);
}

static void emit_registry(Out *o)
{
    puts_(o, "#undef YC__LOCAL\n#define YC__LOCAL(op)");
    for (int i = 0; i < o->t->gens.len; i++) {
        Gen *g = o->t->gens.items[i];
        if (g->first->decl_begin <= o->g->first->decl_begin)
            printf_(o, " struct %s *: %s__##op,", g->def->name, g->def->name);
    }
    puts_(o, "\n");
}

static void emit_constructor(Out *o, Gen *g, const char *prefix)
{
    GenDecl *d = g->def;
    printf_(o, "%sstruct %s %s%.*s\n{\n", prefix, d->name, d->name, (int)(d->params_end - d->params_begin),
            o->t->src.text + d->params_begin);
    for (int i = 0; i < g->params.len; i++) {
        Var *v = g->params.items[i];
        if (!v->preserved)
            printf_(o, "    (void)%s;\n", v->name);
    }
    printf_(o, "    return (struct %s){ .yc_state = 0", d->name);
    for (int i = 0; i < g->params.len; i++) {
        Var *v = g->params.items[i];
        if (v->preserved)
            printf_(o, ", .%s = %s", v->field, v->name);
    }
    puts_(o, " };\n}\n");
}

static void emit_step(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    const char *st = storage_of(d);
    printf_(o, "%sbool %s__%s(struct %s *yc_f)\n{\n", st, d->name, step_name(g), d->name);
    for (int i = 0; i < g->params.len; i++) {
        Var *v = g->params.items[i];
        if (v->storage == ST_COPY)
            printf_(o, "    %s = yc_f->%s;\n", declarator(v->type, v->name), v->field);
    }
    printf_(o, "    switch (YC__ENTER(yc_f, \"%s\")) {\n    case 0: break;\n", d->name);
    for (int i = 1; i <= g->nstates; i++)
        printf_(o, "    case %d: goto yc_resume_%d;\n", i, i);
    puts_(o, "    default: return false;\n    }\n");
    o->line = 0;    /* force a #line before the body */
    emit_range(o, d->body_begin, d->body_end, 0);
    puts_(o, "\n    return YC_FINISH(yc_f);\n}\n");
}

static void emit_runtime_glue(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    const char *st = storage_of(d);
    const char *n = d->name;
    if (d->stype) {
        printf_(o, "%sbool %s__next(struct %s *yc_f)\n{\n", st, n, n);
        puts_(o, "    memset(&yc_f->yc_sent, 0, sizeof yc_f->yc_sent);\n");
        printf_(o, "    return %s__resume(yc_f);\n}\n", n);
        printf_(o, "%sbool %s__send(struct %s *yc_f, %s)\n{\n", st, n, n, user_declarator(d->stype, "yc_v"));
        puts_(o, "    if (yc_f->yc_state != 0)\n        yc_f->yc_sent = yc_v;\n");
        printf_(o, "    return %s__resume(yc_f);\n}\n", n);
    }
    printf_(o, "%svoid %s__close(struct %s *yc_f)\n{\n", st, n, n);
    puts_(o, "    yc_f->yc_state = YC__DONE(yc_f->yc_state);\n}\n");
    printf_(o, "YC_DEFINE_KIND(%s%s)\n", d->is_static ? "static, " : ", ", n);
}

/* The text that replaces declaration d: the frame and prototypes at the
   first declaration, the functions at the definition. */
static void emit_decl_block(Out *o, Gen *g, GenDecl *d)
{
    o->g = g;
    size_t b = d->decl_begin;
    char *prefix = yc_strndup(o->t->src.text + b, d->kw - b);
    if (!at_line_start(o))
        puts_(o, "\n");
    if (d->is_first) {
        emit_struct(o, g);
        emit_prototypes(o, g, prefix);
        emit_registry(o);
    }
    if (d == g->def) {
        collect_items(o, g);
        emit_constructor(o, g, prefix);
        emit_step(o, g);
        emit_runtime_glue(o, g);
    }
}

static Gen *gen_named(Tool *t, const char *name)
{
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        if (!strcmp(g->def->name, name))
            return g;
    }
    return NULL;
}

static size_t decl_end(Tool *t, GenDecl *d)
{
    if (d->body_end)
        return d->body_end;
    int i = tok_at_or_after(&t->lx, d->params_end);
    while (i < t->lx.ntoks && !tok_is(t, &t->lx.toks[i], ";"))
        i++;
    return i < t->lx.ntoks ? t->lx.toks[i].end : d->params_end;
}

void emit_file(Tool *t, Buf *b)
{
    Out o = { .t = t, .b = b, .line = 1 };
    o.line_starts = yc_alloc((t->src.len + 2) * sizeof *o.line_starts);
    o.line_starts[o.nlines++] = 0;
    for (size_t i = 0; i < t->src.len; i++)
        if (t->src.text[i] == '\n')
            o.line_starts[o.nlines++] = i + 1;
    size_t pos = 0;
    bool runtime = t->includes_runtime;
    for (int i = 0; i < t->lx.decls.len; i++) {
        GenDecl *d = t->lx.decls.items[i];
        Gen *g = gen_named(t, d->name);
        if (!g)
            continue;
        verbatim(&o, pos, d->decl_begin);
        if (!runtime) {
            if (!at_line_start(&o))
                puts_(&o, "\n");
            puts_(&o, "#include <yieldc.h>\n");
            runtime = true;
        }
        if (!d->is_first && d != g->def) {
            /* a later prototype: the struct is complete already */
            verbatim(&o, d->decl_begin, d->kw);
            printf_(&o, "struct %s ", d->name);
            pos = d->name_off;
            continue;
        }
        emit_decl_block(&o, g, d);
        o.line = 0;
        pos = decl_end(t, d);
    }
    verbatim(&o, pos, t->src.len);
}

/*
** emit.c -- the last stage: write the output.  Text outside generators is
** copied byte for byte.  Each generator becomes its frame struct, its
** constructor, its body function and step functions; the body is the
** user's own, with only its yields (and the uses of variables that must
** live in the frame) changed:
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
**                                            yc_f->yc_result = yc_r; return YC__FINISH(yc_f); }
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
#include "yc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { IT_STMT, IT_DECL, IT_VALUE, IT_RENAME, IT_WRAP, IT_REF, IT_INIT, IT_JUMP, IT_ERASE, IT_BLOCKEND, IT_LITERAL, IT_FUNCNAME, IT_SPLITFOR } ItemKind;

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
    unsigned line;          /* INPUT line the next output line is attributed to (0: the output's own) */
    unsigned out_lines;     /* the newlines written */
    const char *out_path;   /* the output's name in its own #line directives, or NULL: none */
    bool version_checked;   /* the check of yieldc.h's version is written */
    size_t *line_starts;    /* offsets where INPUT's lines start */
    int nlines;
    const char *last_listed;    /* the generator listed last for dispatch */
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
    unsigned nl = 0;
    for (size_t i = 0; i < n; i++)
        nl += s[i] == '\n';
    o->line += nl;
    o->out_lines += nl;
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

/* Text for inside a comment: no `*' `/' to end it. */
static const char *comment_text(const char *s)
{
    if (!strstr(s, "*/"))
        return s;
    Buf b = { 0 };
    for (const char *p = s; *p; p++)
        buf_puts(&b, p[0] == '*' && p[1] == '/' ? "* " : (char[2]){ *p, 0 });
    char *r = yc_strndup(b.data, b.len);    /* the arena's: Buf's own is malloc's */
    buf_free(&b);
    return r;
}

/* A file name as a #line directive's string literal holds it. */
static const char *line_path(const char *path)
{
    if (!strpbrk(path, "\"\\\n"))
        return path;
    Buf b = { 0 };
    for (const char *p = path; *p; p++)
        buf_puts(&b, *p == '"' ? "\\\"" : *p == '\\' ? "\\\\" : *p == '\n' ? "\\n" : (char[2]){ *p, 0 });
    char *r = yc_strndup(b.data, b.len);
    buf_free(&b);
    return r;
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
        printf_(o, "#line %u \"%s\"\n", line, line_path(o->t->display_path));
        o->line = line;
        size_t bol = o->line_starts[line - 1];
        for (size_t i = bol; i < b; i++)
            puts_(o, o->t->src.text[i] == '\t' ? "\t" : " ");
    }
    put(o, o->t->src.text + b, e - b);
}

/* From here on, generated code: it says its own place in the output, as
   bison's does, so that a debugger or a compiler's message points at it
   and no line of INPUT maps to it. */
static void generated(Out *o)
{
    if (!at_line_start(o))
        put(o, "\n", 1);
    if (o->line != 0 && !o->t->no_line && o->out_path)
        printf_(o, "#line %u \"%s\"\n", o->out_lines + 2, line_path(o->out_path));
    o->line = 0;    /* the next verbatim text says its line again */
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

/* A type written by the user in generator(...), declaring `name`. */
static char *user_declarator(const char *type, const char *name)
{
    type = unconst_type(type);
    if (strchr(type, '(') || strchr(type, '['))
        return yc_format("__typeof__(%s) %s", type, name);
    size_t n = strlen(type);
    return yc_format("%s%s%s", type, n && type[n - 1] == '*' ? "" : " ", name);
}

/* ---- the body ---- */

static void emit_range(Out *o, size_t b, size_t e, int from);

/* The place of node x's item (its value where its parent uses it). */
static int index_of(Out *o, XNode *x)
{
    int lo = 0, hi = o->nitems;     /* items are sorted by where they begin */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (o->items[mid].begin < x->begin)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (int i = lo; i < o->nitems && o->items[i].begin == x->begin; i++)
        if (o->items[i].what == x)
            return i;
    return -1;
}

/* The frame temporary of node x, as an lvalue: seen through its type
   where it is bytes (a `?:` of a type declared in the body, which the
   body names where the `?:` is). */
static char *temp_lvalue(const XNode *x)
{
    if (x->kind == X_COND && x->local_type)
        return yc_format("(*(__typeof__(%s) *)yc_f->%s)", x->type, x->temp);
    return yc_format("yc_f->%s", x->temp);
}

/* The value of node x where its parent uses it. */
static void emit_value(Out *o, XNode *x)
{
    if (x->kind == X_COMMA) {     /* its right operand is evaluated here */
        /* still a comma expression: `if ((f(), n * 5))` draws no warning where
           `if ((n * 5))` would (-Wint-in-bool-context) */
        puts_(o, x->discarded ? "(void)(" : "((void)0, ");
        emit_range(o, x->part_begin[1], x->part_end[1], index_of(o, x) + 1);
        puts_(o, ")");
        return;
    }
    if (x->discarded) {     /* computed already: a bare value here would warn */
        puts_(o, "((void)0)");
        return;
    }
    if (x->temp)
        puts_(o, temp_lvalue(x));
    else if (x->kind == X_YIELD && x->tok->is_from && strcmp(x->sub_rtype, "void"))
        printf_(o, "yc_f->%s%syc_result", x->sub_field, x->tok->from_call ? "." : "->");
    else if (x->kind == X_YIELD && !x->tok->is_from && o->g->def->stype && !x->discarded)
        puts_(o, "yc_f->yc_sent");
    else
        puts_(o, "((void)0)");
}

/* INPUT's text of part p of node x, with the values of its kids. */
static void emit_part(Out *o, XNode *x, int p)
{
    emit_range(o, x->part_begin[p], x->part_end[p], index_of(o, x) + 1);
}

static void emit_pre_node(Out *o, Stmt *s, XNode *x);

/* The work of the nodes of `list` inside [b, e), before their values are used. */
static void emit_pre(Out *o, Stmt *s, Vec *list, size_t b, size_t e)
{
    for (int i = 0; i < list->len; i++) {
        XNode *x = list->items[i];
        if (x->begin >= b && x->end <= e)
            emit_pre_node(o, s, x);
    }
}

static void emit_pre_part(Out *o, Stmt *s, XNode *x, int p)
{
    emit_pre(o, s, &x->kids, x->part_begin[p], x->part_end[p]);
}

/* Kept in the frame as bytes, or an array: not copied by a plain assignment. */
static bool by_bytes(const Var *v)
{
    return v->is_array || v->local_type;
}

/* Copied by assignment through its type (`*(__typeof__(x) *)yc_f->x = x`),
   not by memcpy: a local's address passed to memcpy in a body jumped into
   draws gcc 12's -Wdangling-pointer at -O2 (it does not see the store
   revive the variable).  Arrays and const values cannot be assigned. */
static bool assigned_as_bytes(const Var *v)
{
    return v->local_type && !v->is_array && !v->is_const && !v->unassignable;
}

static char *frame_lvalue(const Var *v);

/* `yc_f->F = yc_init_F;`, copying the kept declaration of frame variable v
   into its field (emit_decl). */
static void emit_copy_in(Out *o, const Var *v)
{
    if (v->is_array || v->is_const || v->unassignable)
        printf_(o, "memcpy((void *)&yc_f->%s, (const void *)&yc_init_%s, sizeof yc_f->%s);", v->field,
                v->field, v->field);
    else
        printf_(o, "%s = yc_init_%s;", frame_lvalue(v), v->field);
}

static void emit_copies(Out *o, Yield *y, bool save);

/* A variable living in the frame whose declaration stays, under another
   name, and is copied into the frame: brace-initialized ones, those beside
   others in their declaration, and those whose type the frame cannot name
   (their field is bytes; the declaration names the type for their uses). */
static bool declared_renamed(const Var *v)
{
    return v->shares_stmt || v->init_is_list || v->local_type;
}

/* The lvalue of a variable living in the frame: its field, seen through
   its type where the field is bytes. */
static char *frame_lvalue(const Var *v)
{
    if (v->local_type)
        return yc_format("(*(__typeof__(yc_init_%s) *)yc_f->%s)", v->field, v->field);
    return yc_format("yc_f->%s", v->field);
}

/* Where variable v is now: its own name, or its field in the frame. */
static char *where(const Var *v)
{
    return v->storage == ST_FRAME ? frame_lvalue(v) : v->name;
}

/* A suspension: hand out the value, save the live variables, return;
   on resumption, load them back. */
static void emit_suspend(Out *o, Stmt *s, Yield *y)
{
    emit_pre_part(o, s, y, 0);
    if (!y->tok->bare) {
        puts_(o, "yc_f->yc_value = (");
        emit_part(o, y, 0);
        puts_(o, ");");
    }
    emit_copies(o, y, true);
    printf_(o, " yc_f->yc_state = %d; *yc_yielded = true; return%s; yc_resume_%d:;", y->state,
            is_void(o->g->def->rtype) ? "" : " yc_none", y->state);
    emit_copies(o, y, false);
    if (y->temp)
        printf_(o, " yc_f->%s = yc_f->yc_sent;", y->temp);
}

/* Copies the variables live across yield y to the frame (save) or back:
   by assignment, or memcpy for arrays and types the frame cannot name.
   Parameters are loaded on entry, and saved only if the body assigns them
   (the constructor stored them). */
static void emit_copies(Out *o, Yield *y, bool save)
{
    for (int i = 0; i < y->live.len; i++) {
        Var *v = y->live.items[i];
        if (v->is_param && (!save || !v->written))
            continue;
        const char *amp = v->is_array ? "" : "&";
        const char *to = save ? "yc_f->" : "", *from = save ? "" : "yc_f->";
        const char *to_name = save ? v->field : v->name, *from_name = save ? v->name : v->field;
        if (assigned_as_bytes(v) && save)
            printf_(o, " *(__typeof__(%s) *)yc_f->%s = %s;", v->name, v->field, v->name);
        else if (assigned_as_bytes(v))
            printf_(o, " %s = *(__typeof__(%s) *)yc_f->%s;", v->name, v->name, v->field);
        else if (by_bytes(v))
            printf_(o, " memcpy(%s%s%s, %s%s%s, sizeof %s);", amp, to, to_name, amp, from, from_name, v->name);
        else
            printf_(o, " %s%s = %s%s;", to, to_name, from, from_name);
    }
}

/* `yield from X`: make or take the sub-generator, then resume it until it
   finishes, handing each of its values out (and each value sent in). */
static void emit_from(Out *o, Stmt *s, Yield *y)
{
    const char *f = y->sub_field;
    bool in_place = y->tok->from_call && !y->sub_recursive;
    char *sub = yc_format(in_place ? "&yc_f->%s" : "yc_f->%s", f);
    emit_pre_part(o, s, y, 0);
    if (y->sub_recursive)
        printf_(o, "yc_f->%s = YC_ALLOC(sizeof *yc_f->%s); if (!yc_f->%s) yc__out_of_memory(\"%s\"); *", f, f, f,
                y->sub_name);
    printf_(o, "yc_f->%s = (", f);
    emit_part(o, y, 0);
    puts_(o, ");");
    emit_copies(o, y, true);
    /* one call of the sub's step function, which the compiler may inline:
       the first resume sends a zero S (a fresh sub discards it) */
    bool send = o->g->def->stype && y->sub_send;
    if (send && !in_place)
        puts_(o, " memset(&yc_f->yc_sent, 0, sizeof yc_f->yc_sent);");
    const char *step = send ? yc_format("yc_send(%s, yc_f->yc_sent)", sub) : yc_format("yc_next(%s)", sub);
    /* a sub made here (without S) is resumed only from here: no check */
    if (y->tok->from_call && !y->sub_send && gen_named(o->t, y->sub_name))
        step = yc_format("%s__istep(%s, yc_f->%s%syc_state)", y->sub_name, sub, f, in_place ? "." : "->");
    printf_(o, " yc_resume_%d: if (%s) { ", y->state, step);
    if (!is_void(o->g->def->ytype))
        printf_(o, "yc_f->yc_value = yc_value(%s); ", sub);
    printf_(o, "yc_f->yc_state = %d; *yc_yielded = true; return%s; }", y->state,
            is_void(o->g->def->rtype) ? "" : " yc_none");
    emit_copies(o, y, false);
    if (y->temp)
        printf_(o, " yc_f->%s = yc_f->%s%syc_result;", y->temp, f, in_place ? "." : "->");
    if (y->sub_recursive)
        printf_(o, " YC_FREE(yc_f->%s); yc_f->%s = NULL;", f, f);
}

static void emit_pre_node(Out *o, Stmt *s, XNode *x)
{
    switch (x->kind) {
    case X_YIELD:
        if (x->tok->is_from)
            emit_from(o, s, x);
        else
            emit_suspend(o, s, x);
        puts_(o, " ");
        break;
    case X_AND:
    case X_OR:
        emit_pre_part(o, s, x, 0);
        printf_(o, "yc_f->%s = !!(", x->temp);
        emit_part(o, x, 0);
        printf_(o, "); if (%syc_f->%s) { ", x->kind == X_AND ? "" : "!", x->temp);
        emit_pre_part(o, s, x, 1);
        printf_(o, "yc_f->%s = !!(", x->temp);
        emit_part(o, x, 1);
        puts_(o, "); } ");
        break;
    case X_COND:
        /* `if ((c) != 0)`, the test of `?:`: `if ((n == 3))` would warn
           (-Wparentheses-equality), `if (n * 5)` too (-Wint-in-bool-context) */
        emit_pre_part(o, s, x, 0);
        puts_(o, "if ((");
        emit_part(o, x, 0);
        puts_(o, ") != 0) { ");
        for (int p = 1; p <= 2; p++) {
            emit_pre_part(o, s, x, p);
            if (x->temp)
                printf_(o, "%s = (", temp_lvalue(x));
            else
                puts_(o, "(void)(");
            emit_part(o, x, p);
            puts_(o, p == 1 ? "); } else { " : "); } ");
        }
        break;
    case X_COMMA:
        emit_pre_part(o, s, x, 0);
        puts_(o, "(void)(");
        emit_part(o, x, 0);
        puts_(o, "); ");
        emit_pre_part(o, s, x, 1);
        break;
    }
}

static bool blank(Out *o, size_t b, size_t e)
{
    for (; b < e; b++)
        if (o->t->src.text[b] != ' ' && o->t->src.text[b] != '\t' && o->t->src.text[b] != '\n')
            return false;
    return true;
}

static bool has_continue(Out *o, Stmt *s)
{
    for (int i = 0; i < o->g->jumps.len; i++) {
        Jump *j = o->g->jumps.items[i];
        if (j->kind == J_CONTINUE && j->target == s->begin)
            return true;
    }
    return false;
}

/* `if (!(cond)) break;` after the condition's own work. */
static void emit_loop_test(Out *o, Stmt *s, int index)
{
    if (blank(o, s->part_begin[1], s->part_end[1]))
        return;
    emit_pre(o, s, &s->top, s->part_begin[1], s->part_end[1]);
    puts_(o, "if (!(");
    emit_range(o, s->part_begin[1], s->part_end[1], index + 1);
    puts_(o, ")) break; ");
}

static void emit_continue_label(Out *o, Stmt *s)
{
    if (has_continue(o, s))
        printf_(o, " yc_continue_%d:; ", s->id);
}

/* A loop whose condition or increment yields becomes `for (;;)` with the
   condition's work and its test inside; its `continue`s go to a label
   before the increment (or the test of a `do`). */
static void emit_loop(Out *o, Stmt *s, int index)
{
    switch (s->kind) {
    case S_WHILE:
        puts_(o, "for (;;) { ");
        emit_loop_test(o, s, index);
        emit_range(o, s->part_begin[3], s->part_end[3], index + 1);
        puts_(o, " }");
        break;
    case S_DO:
        puts_(o, "for (;;) { ");
        emit_range(o, s->part_begin[3], s->part_end[3], index + 1);
        emit_continue_label(o, s);
        puts_(o, " ");
        emit_loop_test(o, s, index);
        puts_(o, "}");
        break;
    default:
        puts_(o, "{ ");
        emit_pre(o, s, &s->top, s->part_begin[0], s->part_end[0]);
        emit_range(o, s->part_begin[0], s->part_end[0], index + 1);
        puts_(o, " for (;;) { ");
        emit_loop_test(o, s, index);
        emit_range(o, s->part_begin[3], s->part_end[3], index + 1);
        emit_continue_label(o, s);
        puts_(o, " ");
        emit_pre(o, s, &s->top, s->part_begin[2], s->part_end[2]);
        if (!blank(o, s->part_begin[2], s->part_end[2])) {
            puts_(o, "(void)(");
            emit_range(o, s->part_begin[2], s->part_end[2], index + 1);
            puts_(o, "); ");
        }
        puts_(o, "} }");
        break;
    }
}

/* The declaration specifiers of declaration s: up to its first
   declarator (`*`, `(` and pointer qualifiers belong to the declarator). */
static size_t specifiers_end(Out *o, Stmt *s)
{
    Lexed *lx = &o->t->lx;
    int i = tok_at_or_after(lx, ((Var *)s->decls.items[0])->name_off);
    while (i > 0 && lx->toks[i - 1].begin >= s->begin) {
        Tok *p = &lx->toks[i - 1];
        bool qual = tok_is(o->t, p, "const") || tok_is(o->t, p, "volatile") || tok_is(o->t, p, "restrict");
        if (!(tok_is(o->t, p, "*") || tok_is(o->t, p, "(") || (qual && i > 1 && tok_is(o->t, &lx->toks[i - 2], "*"))))
            break;
        i--;
    }
    return lx->toks[i].begin;
}

/* `int a = yield 1, b = yield a;`: one declaration per declarator, each
   after its own yields, so that declarators are initialized in order. */
static void emit_split_decl(Out *o, Stmt *s, int index)
{
    size_t spec_end = specifiers_end(o, s), start = spec_end;
    for (int i = 0; i < s->decls.len; i++) {
        Var *v = s->decls.items[i];
        int comma = tok_at_or_after(&o->t->lx, v->decl_end);
        size_t end = v->decl_end;
        emit_pre(o, s, &s->top, start, end);
        if (v->storage == ST_FRAME && v->has_init && !v->init_is_list && !v->local_type) {
            /* `yc_f->x = (init)`: the initializer's IT_WRAP item writes it */
            emit_range(o, v->init_begin, v->init_end, index + 1);
            puts_(o, "; ");
        } else if (v->storage != ST_FRAME || v->has_init || v->local_type) {
            verbatim(o, s->begin, spec_end);
            emit_range(o, start, end, index + 1);
            puts_(o, "; ");
            if (v->storage == ST_FRAME && v->has_init) {
                emit_copy_in(o, v);
                puts_(o, " ");
            }
        }
        start = o->t->lx.toks[comma].end;
    }
}

/* Is s just `(node);`?  Then its work is all done before it, and its
   value alone would be a statement with no effect.  Returns the node. */
static XNode *value_only(Out *o, Stmt *s)
{
    if (s->is_decl || s->top.len != 1)
        return NULL;
    XNode *x = s->top.items[0];
    for (size_t i = s->begin; i < s->end; i++) {
        char c = o->t->src.text[i];
        if (i == x->begin)
            i = x->end - 1;
        else if (!strchr("(); \t\n", c))
            return NULL;
    }
    return x;
}

static void emit_stmt(Out *o, Stmt *s, int index)
{
    if (s->kind != S_PLAIN) {
        emit_loop(o, s, index);
        return;
    }
    if (s->is_decl && s->decls.len > 1) {
        emit_split_decl(o, s, index);
        return;
    }
    if (!s->is_decl)
        puts_(o, "{ ");
    emit_pre(o, s, &s->top, s->begin, s->end);
    XNode *only = s->whole_is_yield ? NULL : value_only(o, s);
    if (only && only->kind == X_COMMA) {
        /* its right operand is evaluated where its value is used, here;
           that value may be a yield's, with no effect */
        puts_(o, "(void)");
        emit_range(o, s->begin, s->end, index + 1);
    } else if (!s->whole_is_yield && !only) {
        emit_range(o, s->begin, s->end, index + 1);
    }
    if (!s->is_decl)
        puts_(o, o->b->data[o->b->len - 1] == ' ' ? "}" : " }");
}

/* The lowered loop whose `continue` jump j is, if any. */
static Stmt *lowered_loop_of(Gen *g, Jump *j)
{
    if (j->kind != J_CONTINUE)
        return NULL;
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        if ((s->kind == S_DO || s->kind == S_FOR) && s->begin == j->target)
            return s;
    }
    return NULL;
}

/* The cleanups that jump j must run first (innermost first); how many. */
static int cleanups_left(Gen *g, Jump *j, Out *o)
{
    int n = 0;
    for (int i = g->vars.len - 1; i >= 0; i--) {
        Var *v = g->vars.items[i];
        if (!v->cleanup_by_tool || !jump_leaves(j, v))
            continue;
        if (o)
            printf_(o, "%s(&%s); ", v->cleanup_fn, where(v));
        n++;
    }
    return n;
}

/* A jump that leaves scopes with cleanups, or continues a lowered loop. */
static void emit_jump(Out *o, Item *it, int index)
{
    Jump *j = it->what;
    Stmt *loop = lowered_loop_of(o->g, j);
    puts_(o, "{ ");
    bool value = j->kind == J_RETURN && j->value_end > j->value_begin && !is_void(o->g->def->rtype);
    if (value && cleanups_left(o->g, j, NULL)) {     /* the value first, then the cleanups */
        printf_(o, "%s = (", user_declarator(o->g->def->rtype, "yc_ret"));
        emit_range(o, j->value_begin, j->value_end, index + 1);
        puts_(o, "); ");
        cleanups_left(o->g, j, o);
        puts_(o, "return yc_ret; }");
        return;
    }
    cleanups_left(o->g, j, o);
    if (loop)
        printf_(o, "goto yc_continue_%d;", loop->id);
    else
        emit_range(o, it->begin, it->end, index + 1);
    puts_(o, " }");
}

/* At the closing brace of a block: the cleanups of its locals that live
   across yields, innermost first. */
static void emit_cleanups_of_block(Out *o, size_t brace)
{
    for (int i = o->g->vars.len - 1; i >= 0; i--) {
        Var *v = o->g->vars.items[i];
        if (v->cleanup_by_tool && v->scope_end - 1 == brace)
            printf_(o, " %s(&%s);", v->cleanup_fn, where(v));
    }
    puts_(o, " ");
}

/* A declaration of variables that live in the frame.  Alone, it becomes
   an assignment to the frame; beside others, each such variable is
   declared under a temporary name whose initializer also assigns the
   frame (so later declarators see the value).  Brace-initialized ones, and
   those whose type the frame cannot name, are copied in after the
   declaration. */
static void emit_decl(Out *o, Item *it, int index)
{
    Var *v = it->what;
    if (!declared_renamed(v)) {
        if (v->has_init) {
            printf_(o, "yc_f->%s = (", v->field);
            emit_range(o, v->init_begin, v->init_end, index + 1);
            puts_(o, ");");
        } else {
            printf_(o, "/* %s: in the frame */", v->name);
        }
        return;
    }
    emit_range(o, it->begin, it->end, index + 1);
    for (int i = 0; i < o->g->vars.len; i++) {
        Var *w = o->g->vars.items[i];
        if (w->stmt_begin != v->stmt_begin || w->storage != ST_FRAME || w->is_param)
            continue;
        if (w->has_init && (w->init_is_list || (w->local_type && !w->shares_stmt))) {
            puts_(o, " ");
            emit_copy_in(o, w);
        } else
            printf_(o, " (void)yc_init_%s;", w->field);
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
    case IT_VALUE:
        emit_value(o, it->what);
        break;
    case IT_JUMP:
        emit_jump(o, it, index);
        break;
    case IT_ERASE:
        break;
    case IT_LITERAL: {      /* copied into the frame each time, and used from there */
        Literal *l = it->what;
        printf_(o, "(*(__typeof__(yc_f->%s) *)memcpy(&yc_f->%s, &", l->field, l->field);
        emit_range(o, it->begin, it->end, index + 1);
        printf_(o, ", sizeof yc_f->%s))", l->field);
        break;
    }
    case IT_BLOCKEND:
        emit_cleanups_of_block(o, it->begin);
        break;
    case IT_SPLITFOR: {     /* `{ DECLARATION for (; cond; inc) body }` */
        Var *v = it->what;
        puts_(o, "{ ");
        emit_range(o, v->stmt_begin, v->stmt_end, index + 1);
        puts_(o, " ");
        verbatim(o, it->begin, v->stmt_begin);
        puts_(o, ";");
        emit_range(o, v->stmt_end, it->end, index + 1);
        puts_(o, " }");
        break;
    }
    case IT_WRAP:
        printf_(o, "%s = (", frame_lvalue(it->what));
        emit_range(o, it->begin, it->end, index + 1);
        puts_(o, ")");
        break;
    case IT_RENAME:
        printf_(o, "yc_init_%s", ((Var *)it->what)->field);
        break;
    case IT_REF:
        puts_(o, frame_lvalue(((Ref *)it->what)->var));
        break;
    case IT_INIT:
        printf_(o, " = yc_f->%s", ((Var *)it->what)->field);
        break;
    case IT_FUNCNAME:       /* the function is the generator, as the user sees it */
        printf_(o, "\"%s\"", o->g->def->name);
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

/* Does the block closed at `brace` end with a jump statement of its own
   (not one under an `if`, `else` or loop, which may not be taken)?  Then
   its end is never reached (and code there would look like a
   fall-through). */
static bool ends_in_jump(Out *o, Gen *g, size_t brace)
{
    Tool *t = o->t;
    int i = tok_at_or_after(&t->lx, brace);
    if (i == 0)
        return false;
    size_t last = t->lx.toks[i - 1].end;
    for (int k = 0; k < g->jumps.len; k++) {
        Jump *j = g->jumps.items[k];
        if (j->end != last)
            continue;
        int first = tok_at_or_after(&t->lx, j->begin);
        if (first == 0)
            return false;
        const Tok *before = &t->lx.toks[first - 1];
        return tok_is(t, before, ";") || tok_is(t, before, "}") || tok_is(t, before, "{") || tok_is(t, before, ":");
    }
    return false;
}

/* Is the statement at `at` in a switch's body before its first label?
   Never executed: an initializer there is unreachable code. */
static bool before_first_case(Tool *t, size_t at)
{
    Lexed *lx = &t->lx;
    int i = tok_at_or_after(lx, at) - 1;
    for (int depth = 0; i >= 0; i--) {
        const Tok *tk = &lx->toks[i];
        if (tok_is(t, tk, "}"))
            depth++;
        else if (tok_is(t, tk, "{") && depth-- == 0)
            break;
        else if (depth == 0 && (tok_is(t, tk, "case") || tok_is(t, tk, "default")))
            return false;
    }
    if (i < 1 || !tok_is(t, &lx->toks[i - 1], ")"))
        return false;
    int k = i - 1;
    for (int depth = 0; k >= 0; k--) {
        if (tok_is(t, &lx->toks[k], ")"))
            depth++;
        else if (tok_is(t, &lx->toks[k], "(") && --depth == 0)
            break;
    }
    return k >= 1 && tok_is(t, &lx->toks[k - 1], "switch");
}

static bool block_end_listed(Vec *items, size_t at)
{
    for (int i = 0; i < items->len; i++) {
        Item *it = items->items[i];
        if (it->kind == IT_BLOCKEND && it->begin == at)
            return true;
    }
    return false;
}

static void add_values(Vec *v, Vec *nodes)
{
    for (int i = 0; i < nodes->len; i++) {
        XNode *x = nodes->items[i];
        add_item(v, IT_VALUE, x->begin, x->end, x);
        add_values(v, &x->kids);
    }
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
        add_values(&v, &s->top);
    }
    for (int k = 0; k < g->literals.len; k++) {
        Literal *l = g->literals.items[k];
        add_item(&v, IT_LITERAL, l->begin, l->end, l);
    }
    for (int k = 0; k < g->split_fors.len; k++) {
        Var *var = g->split_fors.items[k];
        add_item(&v, IT_SPLITFOR, var->scope_begin, var->scope_end, var);
    }
    for (int k = 0; k < g->jumps.len; k++) {
        Jump *j = g->jumps.items[k];
        if (lowered_loop_of(g, j) || cleanups_left(g, j, NULL))
            add_item(&v, IT_JUMP, j->begin, j->end, j);
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
            if (declared_renamed(var))
                add_item(&v, IT_RENAME, var->name_off, var->name_off + strlen(var->name), var);
            if (var->shares_stmt && var->has_init && !var->init_is_list)
                add_item(&v, IT_WRAP, var->init_begin, var->init_end, var);
        } else if (var->storage == ST_COPY && !var->has_init && !by_bytes(var) &&
                   !before_first_case(o->t, var->stmt_begin)) {
            add_item(&v, IT_INIT, var->decl_end, var->decl_end, var);
        }
        if (var->cleanup_by_tool) {
            add_item(&v, IT_ERASE, var->attr_begin, var->attr_end, var);
            if (!block_end_listed(&v, var->scope_end - 1) && !ends_in_jump(o, g, var->scope_end - 1))
                add_item(&v, IT_BLOCKEND, var->scope_end - 1, var->scope_end - 1, var);
        }
    }
    for (int i = 0; i < g->refs.len; i++) {
        Ref *r = g->refs.items[i];
        if (r->var->storage == ST_FRAME && r->off != (size_t)-1)
            add_item(&v, IT_REF, r->off, r->off + r->len, r);
    }
    for (int i = 0; i < g->func_names.len; i++) {
        Span *sp = g->func_names.items[i];
        add_item(&v, IT_FUNCNAME, sp->begin, sp->end, sp);
    }
    o->nitems = v.len;
    o->items = yc_alloc((size_t)v.len * sizeof *o->items + 1);
    for (int i = 0; i < v.len; i++)
        o->items[i] = *(Item *)v.items[i];
    qsort(o->items, (size_t)o->nitems, sizeof *o->items, cmp_item);
}

/* ---- the generated declarations ---- */

/* The generated functions of a static generator are static inline (and
   no warning for those a file does not use); the others have external
   linkage, for other files (--header). */
static const char *storage_of(const GenDecl *d)
{
    return d->is_static ? "static inline " : "";
}

/* The frames of sub-generators made in place share one union: two are
   never alive at once. */
static void emit_sub_fields(Out *o, Gen *g)
{
    bool any = false;
    for (int i = 0; i < g->froms.len; i++) {
        Yield *y = g->froms.items[i];
        if (!y->tok->from_call || y->sub_recursive)
            continue;
        if (!any)
            puts_(o, "    union {  /* the sub-generators of 'yield from', one alive at a time */\n");
        any = true;
        printf_(o, "        struct %s %s;  /* line %u */\n", y->sub_name, y->sub_field, src_line(o, y->begin));
    }
    if (any)
        puts_(o, "    };\n");
    for (int i = 0; i < g->froms.len; i++) {
        Yield *y = g->froms.items[i];
        if (y->tok->from_call && !y->sub_recursive)
            continue;
        printf_(o, "    struct %s *%s;  /* 'yield from' at line %u: %s */\n", y->sub_name, y->sub_field,
                src_line(o, y->begin), y->sub_recursive ? "its frame, from YC_ALLOC (recursive)"
                                                       : "the generator delegated to");
    }
}

static void emit_var_field(Out *o, Var *v, const char *indent)
{
    if (v->align_spec)
        printf_(o, "%s%s ", indent, v->align_spec);    /* then the field, on the same line */
    const char *in = v->align_spec ? "" : indent;
    if (v->local_type)
        printf_(o, "%s_Alignas(%lld) unsigned char %s[%lld];  /* local '%s' of type '%s' (declared in "
                "the body), line %u */\n", in, v->align, v->field, v->size, v->name, v->type,
                src_line(o, v->name_off));
    else
        printf_(o, "%s%s;  /* %s '%s', line %u */\n", in, declarator(v->type, v->field),
                v->is_param ? "parameter" : "local", v->name, src_line(o, v->name_off));
}

/* Can v's field share storage with others?  A local copied to the frame
   around the suspensions it is live across (not a parameter, which the body
   loads on every entry; not one that lives in the frame, or has a cleanup
   that yc_close runs; not a _Bool, whose bytes another field may have left
   invalid when its declaration reads its field). */
static bool shareable(const Var *v)
{
    return v->preserved && v->storage == ST_COPY && !v->is_param && !v->has_cleanup && !v->is_bool;
}

/* Locals whose fields are never needed at the same suspension share
   storage (SPEC 4): greedily, in source order, each joins the first group
   with no member live across a yield it is live across.  Returns, for each
   of g->vars, the index of its group's first member, or -1. */
static int *share_groups(const Gen *g)
{
    int n = g->vars.len;
    int *group = yc_alloc(((size_t)n + 1) * sizeof *group);
    for (int i = 0; i < n; i++)
        group[i] = -1;
    if (n > 4096)
        return group;   /* the table of clashes would be large: no sharing */
    unsigned char *clash = yc_alloc((size_t)n * (size_t)n + 1);
    for (int k = 0; k < g->yields.len; k++) {
        Yield *y = g->yields.items[k];
        for (int a = 0; a < y->live.len; a++)
            for (int b = 0; b < y->live.len; b++)
                clash[(size_t)((Var *)y->live.items[a])->index * (size_t)n +
                      (size_t)((Var *)y->live.items[b])->index] = 1;
    }
    for (int i = 0; i < n; i++) {
        group[i] = -1;
        if (!shareable(g->vars.items[i]))
            continue;
        for (int first = 0; first < i && group[i] < 0; first++) {
            if (group[first] != first)
                continue;
            bool fits = true;
            for (int k = first; k < i && fits; k++)
                fits = group[k] != first || !clash[(size_t)i * (size_t)n + (size_t)k];
            if (fits)
                group[i] = first;
        }
        if (group[i] < 0)
            group[i] = i;
    }
    /* a group of one is no union */
    for (int i = 0; i < n; i++) {
        if (group[i] != i)
            continue;
        bool alone = true;
        for (int k = i + 1; k < n && alone; k++)
            alone = group[k] != i;
        if (alone)
            group[i] = -1;
    }
    return group;
}

static void emit_struct(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    printf_(o, "struct %s {\n", d->name);
    unsigned max = !strcmp(g->state_type, "unsigned char") ? 255u : !strcmp(g->state_type, "unsigned short")
                   ? 65535u : 4294967295u;
    printf_(o, "    %s yc_state;  /* 0: not started; 1..%d: at that yield; %u: running; %u: done */\n",
            g->state_type, g->nstates, max - 1, max);
    if (max == 255u)
        puts_(o, "    YC__RETURN_IN_MEMORY  /* in the state's padding: see yieldc.h */\n");
    if (!is_void(d->ytype))
        printf_(o, "    %s;  /* the last value yielded */\n", user_declarator(d->ytype, "yc_value"));
    if (!is_void(d->rtype))
        printf_(o, "    %s;  /* the value returned */\n", user_declarator(d->rtype, "yc_result"));
    if (d->stype)
        printf_(o, "    %s;  /* the value sent */\n", user_declarator(d->stype, "yc_sent"));
    for (int i = 0; i < g->temps.len; i++) {
        XNode *x = g->temps.items[i];
        if (x->kind == X_YIELD && x->tok->is_from)
            printf_(o, "    %s;  /* the result of 'yield from' at line %u */\n", declarator(x->sub_rtype, x->temp),
                    src_line(o, x->begin));
        else if (x->kind == X_YIELD)
            printf_(o, "    %s;  /* the value of yield %d, kept over a suspension */\n",
                    user_declarator(d->stype, x->temp), x->state);
        else if (x->kind == X_COND && x->local_type)
            printf_(o, "    _Alignas(%lld) unsigned char %s[%lld];  /* the value of a '?:' of type '%s' (declared "
                    "in the body), line %u */\n", x->align, x->temp, x->size, x->type, src_line(o, x->begin));
        else if (x->kind == X_COND)
            printf_(o, "    %s;  /* the value of a '?:', line %u */\n", declarator(x->type, x->temp),
                    src_line(o, x->begin));
        else
            printf_(o, "    int %s;  /* the value of a '%s', line %u */\n", x->temp,
                    x->kind == X_AND ? "&&" : "||", src_line(o, x->begin));
    }
    emit_sub_fields(o, g);
    for (int i = 0; i < g->literals.len; i++) {
        Literal *l = g->literals.items[i];
        printf_(o, "    %s;  /* a compound literal, line %u */\n", declarator(l->type, l->field),
                src_line(o, l->begin));
    }
    int *group = share_groups(g);
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (!v->preserved || (group[i] >= 0 && group[i] < i))
            continue;
        if (group[i] < 0) {
            emit_var_field(o, v, "    ");
            continue;
        }
        puts_(o, "    union {  /* locals never kept over the same yield: they share storage */\n");
        for (int k = i; k < g->vars.len; k++)
            if (group[k] == i)
                emit_var_field(o, g->vars.items[k], "        ");
        puts_(o, "    };\n");
    }
    puts_(o, "};\n");
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
        printf_(o, "%sbool %s__send(struct %s *yc_f, %s);\n", st, n, n, user_declarator(d->stype, "yc_v"));
    } else {
        printf_(o, "struct yc_error_yc_send_on_a_generator_without_a_send_type %s__send(struct %s *, ...);\n",
                n, n);
    }
    printf_(o, "%svoid %s__close(struct %s *yc_f);\n", st, n, n);
    printf_(o, "%sconst struct yc_kind *%s__kind(void);\n", st, n);
}

/* In the defining file: the constructor, then the API and the static
   inline functions behind yc_next & co. (YC__DECLARE, in yieldc.h). */
static void emit_declarations(Out *o, Gen *g, const char *prefix)
{
    GenDecl *d = g->def;
    const char *n = d->name;
    printf_(o, "%sstruct %s %s%.*s;\n", prefix, n, n, (int)(d->params_end - d->params_begin),
            o->t->src.text + d->params_begin);
    if (d->stype)
        printf_(o, "YC__DECLARE_SEND(%s, %s, %s);\n", d->is_static ? "static inline" : "", n,
                user_declarator(d->stype, "yc_v"));
    else
        printf_(o, "YC__DECLARE(%s, %s);\n", d->is_static ? "static inline" : "", n);
}

/* Lists the generator for the runtime's _Generic dispatch (see yieldc.h):
   in YC__LOCAL, or in the slot of the header from --header that listed it
   already.  This file defines the generator, so yc_next & co. call its
   static inline step functions, which the compiler may inline into the
   caller's loop (other files call the external ones).  The list is a
   chain, each link naming the one before, so the output grows linearly
   with the number of generators. */
static void emit_registry(Out *o)
{
    const char *n = o->g->def->name;
    char *assoc = yc_format("struct %s *: YC__IN_##op(%s, %s__%s),", n, n, n, o->g->def->stype ? "isend" : "send");
    printf_(o, "#ifdef YC__HGEN_%s\n#undef YC__HGEN_%s\n#define YC__HGEN_%s(op) %s\n", n, n, n, assoc);
    printf_(o, "#define YC__LGEN_%s(op)\n#else\n#define YC__LGEN_%s(op) %s\n#endif\n", n, n, assoc);
    if (o->last_listed)
        printf_(o, "#define YC__LIST_%s(op) YC__LIST_%s(op) YC__LGEN_%s(op)\n", n, o->last_listed, n);
    else
        printf_(o, "#define YC__LIST_%s(op) YC__LGEN_%s(op)\n", n, n);
    printf_(o, "#undef YC__LOCAL\n#define YC__LOCAL(op) YC__LIST_%s(op)\n", n);
    o->last_listed = n;
}

static void emit_constructor(Out *o, Gen *g, const char *prefix)
{
    GenDecl *d = g->def;
    printf_(o, "%sstruct %s %s%.*s\n{\n", prefix, d->name, d->name,
            (int)(d->params_end - d->params_begin), o->t->src.text + d->params_begin);
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

/* A type written by the user, as a function's return type. */
static char *user_type(const char *type)
{
    type = unconst_type(type);
    return strchr(type, '(') || strchr(type, '[') ? yc_format("__typeof__(%s)", type) : yc_strdup(type);
}

/* The body: the user's function, returning R as written (so a `return`,
   even from a macro, needs no change); a suspension returns too, leaving
   yc_state at its resume point, which is how the wrapper tells them apart. */
static void emit_body(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    bool void_r = is_void(d->rtype);
    printf_(o, "static inline %s %s__body(struct %s *yc_f, unsigned yc_from, bool *yc_yielded)\n{\n",
            void_r ? "void" : user_type(d->rtype), d->name, d->name);
    if (!void_r)
        printf_(o, "    static const __typeof__(%s) yc_none;  /* what a suspension returns */\n", d->rtype);
    for (int i = 0; i < g->params.len; i++) {
        Var *v = g->params.items[i];
        if (v->storage == ST_COPY)
            printf_(o, "    %s = yc_f->%s;\n", declarator(v->type, v->name), v->field);
    }
    if (!g->nstates)
        puts_(o, "    (void)yc_f;  /* no yield */\n    (void)yc_yielded;\n");
    puts_(o, "    switch (yc_from) {\n    case 0: break;\n");
    for (int i = 1; i <= g->nstates; i++)
        printf_(o, "    case %d: goto yc_resume_%d;\n", i, i);
    printf_(o, "    default: YC__UNREACHABLE(); return%s;\n    }\n", void_r ? "" : " yc_none");
    o->line = 0;    /* force a #line before the body */
    emit_range(o, d->body_begin, d->body_end, 0);
    generated(o);
    puts_(o, void_r ? "}\n" : "    return yc_none;\n}\n");
}

/* Runs the body from state yc_from (neither done nor running) to its next
   yield (true) or its end (false).  yc_next & co. call it after the checks
   of YC__ENTER; a sub-generator made in place by `yield from`, which only
   its delegating generator can resume, is stepped directly. */
static void emit_step(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    emit_body(o, g);
    if (is_void(d->rtype))
        printf_(o, "YC__DEFINE_STEP_VOID(%s)\n", d->name);
    else
        printf_(o, "YC__DEFINE_STEP(%s, %s)\n", d->name, user_declarator(d->rtype, "yc_r"));
}

/* yc_close: a suspended generator closes its sub-generator, then runs the
   cleanups in scope, innermost first. */
static void emit_close(Out *o, Gen *g)
{
    if (!g->froms.len && !g->has_cleanups) {
        printf_(o, "YC__DEFINE_CLOSE(%s)\n", g->def->name);
        return;
    }
    printf_(o, "static inline void %s__iclose(struct %s *yc_f)\n{\n", g->def->name, g->def->name);
    puts_(o, "    switch (yc_f->yc_state) {\n");
    for (int i = 0; i < g->yields.len; i++) {
        Yield *y = g->yields.items[i];
        if (!y->tok->is_from && !y->cleanups.len)
            continue;
        printf_(o, "    case %d:", y->state);
        if (y->tok->is_from) {
            bool in_place = y->tok->from_call && !y->sub_recursive;
            printf_(o, " yc_close(%syc_f->%s);", in_place ? "&" : "", y->sub_field);
            if (y->sub_recursive)
                printf_(o, " YC_FREE(yc_f->%s); yc_f->%s = NULL;", y->sub_field, y->sub_field);
        }
        for (int k = y->cleanups.len - 1; k >= 0; k--) {
            Var *v = y->cleanups.items[k];
            printf_(o, " %s(%syc_f->%s);", v->cleanup_fn, v->local_type ? "(void *)" : "&", v->field);
        }
        puts_(o, " break;\n");
    }
    puts_(o, "    }\n");
    puts_(o, "    yc_f->yc_state = YC__DONE(yc_f->yc_state);\n}\n");
}

/* next and send (with S: both resume, the first sending a zero S), close,
   static inline; then the functions of the API, which call them. */
static void emit_runtime_glue(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    const char *st = d->is_static ? "static inline" : "";
    emit_close(o, g);
    if (d->stype)
        printf_(o, "YC__DEFINE_SEND(%s, %s, %s)\n", st, d->name, user_declarator(d->stype, "yc_v"));
    else
        printf_(o, "YC__DEFINE(%s, %s)\n", st, d->name);
}

/* The frame, once: after those of the generators it holds (sub-generators
   of yield from CALL, locals), whose first declarations may come later;
   not if the header from --header came first. */
static void emit_frame(Out *o, Gen *g, int depth)
{
    if (!g || g->frame_emitted || depth > o->t->gens.len)
        return;
    g->frame_emitted = true;
    for (int i = 0; i < g->embeds.len; i++)
        emit_frame(o, g->embeds.items[i], depth + 1);
    o->g = g;
    printf_(o, "#ifndef YC__HSTRUCT_%s\n#define YC__HSTRUCT_%s\n", g->def->name, g->def->name);
    emit_struct(o, g);
    puts_(o, "#endif\n");
}

/* Generated code and the runtime header it is compiled with must be of one
   version: the frame's layout and the macros between them change. */
static void emit_version_check(Out *o)
{
    printf_(o, "#if !defined(YIELDC_VERSION_NUMBER) || YIELDC_VERSION_NUMBER != %d\n"
               "#error \"generated by yieldc %s: compile it with the yieldc.h of that version (yieldc --cflags)\"\n"
               "#endif\n", YC_VERSION_NUMBER, YC_VERSION);
}

/* The text that replaces declaration d: the frame and prototypes at the
   first declaration, the functions at the definition. */
static void emit_decl_block(Out *o, Gen *g, GenDecl *d)
{
    o->g = g;
    size_t b = d->decl_begin;
    char *prefix = yc_strndup(o->t->src.text + b, d->kw - b);
    generated(o);
    puts_(o, "YC__BEGIN_GENERATED\n");
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
        collect_items(o, g);
        emit_constructor(o, g, prefix);
        emit_step(o, g);
        emit_runtime_glue(o, g);
    }
    if (!at_line_start(o))
        puts_(o, "\n");
    puts_(o, "YC__END_GENERATED\n");
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

/* Where INPUT's lines start, for line numbers. */
static void init_lines(Out *o)
{
    Tool *t = o->t;
    o->line_starts = yc_alloc((t->src.len + 2) * sizeof *o->line_starts);
    o->line_starts[o->nlines++] = 0;
    for (size_t i = 0; i < t->src.len; i++)
        if (t->src.text[i] == '\n')
            o->line_starts[o->nlines++] = i + 1;
}

void emit_file(Tool *t, Buf *b)
{
    Out o = { .t = t, .b = b, .line = 1, .out_path = t->out_path };
    init_lines(&o);
    /* a file without generators is copied as it is; else a banner, and
       INPUT's first lines are INPUT's */
    if (t->gens.len) {
        printf_(&o, "/* Generated by yieldc %s from %s; do not edit. */\n", YC_VERSION,
                comment_text(t->display_path));
        if (!t->no_line)
            printf_(&o, "#line 1 \"%s\"\n", line_path(t->display_path));
    }
    o.line = 1;
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
        if (d->first_decl != d && d != g->def) {
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

/* ---- --header ---- */

/* The #include lines of INPUT before its first generator; whether
   yieldc.h was among them. */
static bool emit_includes(Out *o)
{
    bool runtime = false;
    Tool *t = o->t;
    size_t first = t->lx.decls.len ? ((GenDecl *)t->lx.decls.items[0])->kw : t->src.len;
    for (int i = 0; i + 1 < t->lx.ntoks && t->lx.toks[i].begin < first; i++) {
        Tok *tk = &t->lx.toks[i];
        if (!tk->in_directive || !tok_is(t, tk, "#") || !tok_is(t, &t->lx.toks[i + 1], "include") ||
            in_skipped(t, tk->begin))
            continue;
        size_t e = tk->begin;
        while (e < t->src.len && t->src.text[e] != '\n')
            e++;
        put(o, t->src.text + tk->begin, e - tk->begin);
        puts_(o, "\n");
        runtime |= strstr(yc_strndup(t->src.text + tk->begin, e - tk->begin), "yieldc.h") != NULL;
    }
    return runtime;
}

static int gen_index(Tool *t, Gen *g)
{
    for (int i = 0; i < t->gens.len; i++)
        if (t->gens.items[i] == g)
            return i;
    return -1;
}

/* The frame of g for the header, after those it holds (plan_embeds). */
static void emit_header_struct(Out *o, Gen *g, bool *done, int depth)
{
    int k = gen_index(o->t, g);
    if (k < 0 || done[k] || depth > o->t->gens.len)
        return;
    done[k] = true;
    for (int i = 0; i < g->embeds.len; i++)
        emit_header_struct(o, g->embeds.items[i], done, depth + 1);
    o->g = g;
    printf_(o, "#define YC__HSTRUCT_%s\n", g->def->name);
    emit_struct(o, g);
}

void emit_header(Tool *t, Buf *b, const char *path)
{
    Out o = { .t = t, .b = b, .line = 1 };
    init_lines(&o);
    Buf guard = { 0 };
    buf_puts(&guard, "YC_HEADER_");
    for (const char *p = path; *p; p++) {
        char c = *p;
        buf_put(&guard, (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? &c : "_", 1);
    }
    printf_(&o, "/* Generated by yieldc %s from %s: its generators, for other files; do not edit. */\n",
            YC_VERSION, comment_text(t->display_path));
    printf_(&o, "#ifndef %s\n#define %s\n", guard.data, guard.data);
    if (!emit_includes(&o))
        puts_(&o, "#include <yieldc.h>\n");
    emit_version_check(&o);
    /* every frame, those embedded in others first (static ones too: a
       public frame may hold them) */
    puts_(&o, "\n#if !defined(__YIELDC__)\n");
    bool *done = yc_alloc((size_t)t->gens.len + 1);
    for (int i = 0; i < t->gens.len; i++)
        emit_header_struct(&o, t->gens.items[i], done, 0);
    puts_(&o, "#endif\n");
    Buf list = { 0 };
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        if (g->def->is_static)
            continue;
        o.g = g;
        GenDecl *d = g->def;
        Buf view = { 0 };
        view_struct(&view, d);
        printf_(&o, "\n#if defined(__YIELDC__)  /* as yieldc sees it when it parses another file */\n");
        printf_(&o, "#ifndef YC__DEFINING_%s\n%s;\nstruct %s %s%.*s;\n#endif\n#else\n", d->name, view.data,
                d->name, d->name, (int)(d->params_end - d->params_begin), t->src.text + d->params_begin);
        buf_free(&view);
        emit_prototypes(&o, g, "");
        printf_(&o, "#define YC__HGEN_%s(op) struct %s *: %s__##op,\n#endif\n", g->def->name, g->def->name,
                g->def->name);
        buf_printf(&list, " YC__HGEN_%s(op)", g->def->name);
    }
    puts_(&o, "\n/* list them for yc_next & co. in a free slot of yieldc.h */\n");
    for (int k = 0; k < 8; k++) {
        printf_(&o, "#%s !defined(YC__H%d_USED)\n#define YC__H%d_USED\n#undef YC__H%d\n", k ? "elif" : "if", k, k, k);
        printf_(&o, "#define YC__H%d(op)%s\n", k, list.data ? list.data : "");
    }
    puts_(&o, "#else\n#error \"yieldc: more than 8 headers of generators in one translation unit\"\n#endif\n");
    printf_(&o, "#endif /* %s */\n", guard.data);
    buf_free(&list);
    buf_free(&guard);
}

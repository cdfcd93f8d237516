/*
** emit_body.c -- emit: a generator's body function.  The body is INPUT's
** text with plan's rewrites applied (emit_range): a statement with yields
** gets its work in front of it (each yield a suspension: store the value,
** save the live variables, set the state, return; a label to resume at:
** load them back), and the statement follows with each node replaced by
** its value; a loop whose test yields becomes `for (;;)` with the test
** inside.
*/
#include "emit.h"

#include <stdio.h>
#include <string.h>

/* ---- the body ---- */

static void emit_span(Out *o, size_t b, size_t e, int from, bool at_end);
static inline void emit_range(Out *o, size_t b, size_t e, int from)
{
    emit_span(o, b, e, from, true);
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
        out_puts(o, x->discarded ? "(void)(" : "((void)0, ");
        emit_range(o, x->parts[1].begin, x->parts[1].end, x->rewrite + 1);
        out_puts(o, ")");
        return;
    }
    if (x->discarded) {     /* computed already: a bare value here would warn */
        out_puts(o, "((void)0)");
        return;
    }
    if (x->temp)
        out_puts(o, temp_lvalue(x));
    else if (x->kind == X_YIELD && x->tok->is_from && strcmp(x->sub_rtype, "void"))
        out_printf(o, "yc_f->%s%syc_result", x->sub_field, x->tok->from_call ? "." : "->");
    else if (x->kind == X_YIELD && !x->tok->is_from && o->g->def->stype && !x->discarded)
        out_puts(o, "yc_f->yc_sent");
    else
        out_puts(o, "((void)0)");
}

/* INPUT's text of part p of node x, with the values of its kids. */
static void emit_part(Out *o, XNode *x, int p)
{
    emit_range(o, x->parts[p].begin, x->parts[p].end, x->rewrite + 1);
}

static void emit_pre_node(Out *o, Stmt *s, XNode *x);

/* The work of the nodes of `list` inside [b, e), before their values are used. */
static void emit_pre(Out *o, Stmt *s, XNodeVec *list, size_t b, size_t e)
{
    for (int i = 0; i < list->len; i++) {
        XNode *x = list->items[i];
        if (x->begin >= b && x->end <= e)
            emit_pre_node(o, s, x);
    }
}

static void emit_pre_part(Out *o, Stmt *s, XNode *x, int p)
{
    emit_pre(o, s, &x->kids, x->parts[p].begin, x->parts[p].end);
}

/* Copied by assignment through its type (`*(__typeof__(x) *)yc_f->x = x`),
   not by memcpy: a local's address passed to memcpy in a body jumped into
   draws gcc 12's -Wdangling-pointer at -O2 (it does not see the store
   revive the variable).  Arrays and const values cannot be assigned. */
static bool assigned_as_bytes(const Var *v)
{
    return v->local_type && !v->is_array && !v->is_const && !v->unassignable;
}

/* The lvalue of a variable living in the frame: its field, seen through
   its type where the field is bytes. */
static char *frame_lvalue(const Var *v)
{
    if (v->local_type)
        return yc_format("(*(__typeof__(yc_init_%s) *)yc_f->%s)", v->field, v->field);
    return yc_format("yc_f->%s", v->field);
}

/* `yc_f->F = yc_init_F;`, copying the kept declaration of frame variable v
   into its field (emit_decl). */
static void emit_copy_in(Out *o, const Var *v)
{
    if (v->is_array || v->is_const || v->unassignable)
        out_printf(o, "memcpy((void *)&yc_f->%s, (const void *)&yc_init_%s, sizeof yc_f->%s);", v->field,
                   v->field, v->field);
    else
        out_printf(o, "%s = yc_init_%s;", frame_lvalue(v), v->field);
}

static void emit_copies(Out *o, Yield *y, bool save);

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
        out_puts(o, "yc_f->yc_value = (");
        emit_part(o, y, 0);
        out_puts(o, ");");
    }
    if (y->advance)     /* the loop's increment, taken off its head (plan_loop.c) */
        out_printf(o, " %s;", y->advance->inc_text);
    emit_copies(o, y, true);
    out_printf(o, " yc_f->yc_state = %d; *yc_yielded = true; return%s; yc_resume_%d:;", y->state,
            is_void(o->g->def->rtype) ? "" : " yc_none", y->state);
    emit_copies(o, y, false);
    if (y->temp)
        out_printf(o, " yc_f->%s = yc_f->yc_sent;", y->temp);
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
            out_printf(o, " *(__typeof__(%s) *)yc_f->%s = %s;", v->name, v->field, v->name);
        else if (assigned_as_bytes(v))
            out_printf(o, " %s = *(__typeof__(%s) *)yc_f->%s;", v->name, v->name, v->field);
        else if (by_bytes(v))
            out_printf(o, " memcpy(%s%s%s, %s%s%s, sizeof %s);", amp, to, to_name, amp, from, from_name, v->name);
        else
            out_printf(o, " %s%s = %s%s;", to, to_name, from, from_name);
    }
}

/* `yield from X`: make or take the sub-generator, then resume it until it
   finishes, handing each of its values out (and each value sent in). */
static void emit_from(Out *o, Stmt *s, Yield *y)
{
    const char *f = y->sub_field;
    bool in_place = y->sub_frame == SUB_EMBEDDED;
    char *sub = yc_format(in_place ? "&yc_f->%s" : "yc_f->%s", f);
    emit_pre_part(o, s, y, 0);
    /* a chained sub of a frame that may move starts in the step's spare */
    bool scratch = y->sub_chained && o->g->frame.chain_scratch;
    if (scratch)
        out_printf(o, "yc_f->%s = yc_spare; *", f);
    else if (y->sub_frame == SUB_ALLOCATED)
        /* (braced: clang's -Wmisleading-indentation took the statement
           after an unbraced one, on the same line, for one out of it) */
        out_printf(o, "yc_f->%s = YC_ALLOC(sizeof *yc_f->%s); if (!yc_f->%s) { yc__out_of_memory(\"%s\"); } *", f, f, f,
                y->sub_name);
    out_printf(o, "yc_f->%s = (", f);
    emit_part(o, y, 0);
    out_puts(o, ");");
    emit_copies(o, y, true);
    if (y->sub_chained) {
        /* the step's loop runs the sub, and resumes here when it ends */
        out_printf(o, " yc_f->yc_top = yc_f->%s; yc_f->yc_state = %d; *yc_yielded = true; return%s; yc_resume_%d:;", f,
                   y->state, is_void(o->g->def->rtype) ? "" : " yc_none", y->state);
        emit_copies(o, y, false);
        if (y->temp)
            out_printf(o, " yc_f->%s = yc_f->%s->yc_result;", y->temp, f);
        /* one that ended in the spare was never allocated */
        out_printf(o, " %sYC_FREE(yc_f->%s);%s yc_f->%s = NULL;", scratch ? yc_format("if (yc_f->%s != yc_spare) { ", f) : "",
                   f, scratch ? " }" : "", f);
        return;
    }
    /* one call of the sub's step function, which the compiler may inline:
       the first resume sends a zero S (a fresh sub discards it) */
    bool send = o->g->def->stype && y->sub_send;
    if (send && !in_place)
        out_puts(o, " memset(&yc_f->yc_sent, 0, sizeof yc_f->yc_sent);");
    /* yieldc's own names for the API's: the file may redefine those */
    const char *step = send ? yc_format("YC__SEND(%s, yc_f->yc_sent)", sub) : yc_format("YC__NEXT(%s)", sub);
    /* a sub made here (without S) is resumed only from here: no check */
    if (y->sub_step_direct)
        step = yc_format("%s__istep(%s, yc_f->%s%syc_state)", y->sub_name, sub, f, in_place ? "." : "->");
    out_printf(o, " yc_resume_%d: if (%s) { ", y->state, step);
    if (!is_void(o->g->def->ytype))
        out_printf(o, "yc_f->yc_value = yc_f->%s%syc_value; ", f, in_place ? "." : "->");
    out_printf(o, "yc_f->yc_state = %d; *yc_yielded = true; return%s; }", y->state,
            is_void(o->g->def->rtype) ? "" : " yc_none");
    emit_copies(o, y, false);
    if (y->temp)
        out_printf(o, " yc_f->%s = yc_f->%s%syc_result;", y->temp, f, in_place ? "." : "->");
    if (y->sub_frame == SUB_ALLOCATED)
        out_printf(o, " YC_FREE(yc_f->%s); yc_f->%s = NULL;", f, f);
}

static void emit_pre_node(Out *o, Stmt *s, XNode *x)
{
    switch (x->kind) {
    case X_YIELD:
        if (x->tok->is_from)
            emit_from(o, s, x);
        else
            emit_suspend(o, s, x);
        out_puts(o, " ");
        break;
    case X_AND:
    case X_OR:
        emit_pre_part(o, s, x, 0);
        out_printf(o, "yc_f->%s = !!(", x->temp);
        emit_part(o, x, 0);
        out_printf(o, "); if (%syc_f->%s) { ", x->kind == X_AND ? "" : "!", x->temp);
        emit_pre_part(o, s, x, 1);
        out_printf(o, "yc_f->%s = !!(", x->temp);
        emit_part(o, x, 1);
        out_puts(o, "); } ");
        break;
    case X_COND:
        /* `if ((c) != 0)`, the test of `?:`: `if ((n == 3))` would warn
           (-Wparentheses-equality), `if (n * 5)` too (-Wint-in-bool-context) */
        emit_pre_part(o, s, x, 0);
        out_puts(o, "if ((");
        emit_part(o, x, 0);
        out_puts(o, ") != 0) { ");
        for (int p = 1; p <= 2; p++) {
            emit_pre_part(o, s, x, p);
            if (x->temp)
                out_printf(o, "%s = (", temp_lvalue(x));
            else
                out_puts(o, "(void)(");
            emit_part(o, x, p);
            out_puts(o, p == 1 ? "); } else { " : "); } ");
        }
        break;
    case X_COMMA:
        emit_pre_part(o, s, x, 0);
        out_puts(o, "(void)(");
        emit_part(o, x, 0);
        out_puts(o, "); ");
        emit_pre_part(o, s, x, 1);
        break;
    }
}

/* `if (!(cond)) { break; }` after the condition's own work (braced: the
   loop's body follows on the condition's last line, which may not be the
   `if`'s, and clang's -Wmisleading-indentation would take it for a
   statement misplaced after a braceless `if`).  A body that begins with a
   `case` label (Duff's device) would follow a statement that falls through
   into it, which gcc's -Wimplicit-fallthrough (in -Wextra) reports: the
   body goes inside the test, `if (cond) { BODY } else { break; }`, as the
   label sits at the top of a loop's body in the input (emit_loop_test_end
   closes it). */
static bool body_in_test(const Stmt *s)
{
    return s->body_case_first && s->loop != LOOP_DO && !s->cond_blank;
}

static void emit_loop_test(Out *o, Stmt *s, int index)
{
    if (s->cond_blank)
        return;
    emit_pre(o, s, &s->top, s->cond.begin, s->cond.end);
    out_puts(o, body_in_test(s) ? "if ((" : "if (!(");
    emit_range(o, s->cond.begin, s->cond.end, index + 1);
    out_puts(o, body_in_test(s) ? ") != 0) { " : ")) { break; } ");
}

static void emit_loop_test_end(Out *o, Stmt *s)
{
    if (body_in_test(s))
        out_puts(o, " } else { break; }");
}

static void emit_continue_label(Out *o, Stmt *s)
{
    if (s->continue_label)
        out_printf(o, " yc_continue_%d:; ", s->continue_label);
}

/* A lowered loop's body, as written: an insertion at its end belongs
   after the loop (`... }}`: the cleanups and closes of the block the loop
   ends), where the walk applies it once the loop is written. */
static void emit_body_of_loop(Out *o, Stmt *s, int index)
{
    emit_span(o, s->body.begin, s->body.end, index + 1, false);
}

/* The body of a loop that the loop's own code follows (a `for`'s
   increment, a `do`'s test, `continue`'s label), in braces: written on the
   last line of a braceless `for`, `while`, `if` or `else` body, that code
   would draw clang's -Wmisleading-indentation. */
static void emit_loop_body(Out *o, Stmt *s, int index)
{
    if (!s->body_braced)
        out_puts(o, "{");
    emit_body_of_loop(o, s, index);
    if (!s->body_braced)
        out_puts(o, " }");
}

/* A loop whose condition or increment yields becomes `for (;;)` with the
   condition's work and its test inside; its `continue`s go to a label
   before the increment (or the test of a `do`). */
static void emit_loop(Out *o, Stmt *s, int index)
{
    switch (s->loop) {
    case LOOP_WHILE:
        out_puts(o, "for (;;) { ");
        emit_loop_test(o, s, index);
        emit_body_of_loop(o, s, index);
        emit_loop_test_end(o, s);
        out_puts(o, " }");
        break;
    case LOOP_DO:
        out_puts(o, "for (;;) { ");
        emit_loop_body(o, s, index);
        emit_continue_label(o, s);
        out_puts(o, " ");
        emit_loop_test(o, s, index);
        out_puts(o, "}");
        break;
    default:
        out_puts(o, "{ ");
        emit_pre(o, s, &s->top, s->init.begin, s->init.end);
        emit_range(o, s->init.begin, s->init.end, index + 1);
        out_puts(o, " for (;;) { ");
        emit_loop_test(o, s, index);
        emit_loop_body(o, s, index);
        emit_loop_test_end(o, s);
        emit_continue_label(o, s);
        out_puts(o, " ");
        emit_pre(o, s, &s->top, s->inc.begin, s->inc.end);
        if (!s->inc_blank) {
            out_puts(o, "(void)(");
            emit_range(o, s->inc.begin, s->inc.end, index + 1);
            out_puts(o, "); ");
        }
        out_puts(o, "} }");
        break;
    }
}

/* C90's order (Var.keeps_c90): a declaration statement that becomes
   statements (its yields' work, an assignment to the frame) and
   declarations opens a block before each declaration that would follow
   statements, and at its end if a declaration follows it; RW_CLOSE closes
   them at the block's end.  c90_begin and c90_end say where the statement
   is (false: it was begun already, by the statement around it). */
static bool c90_begin(Out *o, Var *v)
{
    if (o->c90 || !v->keeps_c90)
        return false;
    o->c90 = v;
    o->c90_stmts = false;
    return true;
}

/* At most this many blocks opened in one of the user's: each nests in the
   last, and clang stops at 256 levels of brackets ("bracket nesting level
   exceeded"); a block with more such declarations keeps the rest after
   statements, as C99 allows. */
enum { C90_MAX_OPENED = 32 };

static void c90_open(Out *o, const char *text)
{
    if (!o->c90 || !o->c90_stmts)
        return;
    size_t brace = o->c90->scope_end - 1;
    int *n = map_get(&o->c90_opened, brace, NULL, NULL);
    if (!n) {
        n = yc_alloc(sizeof *n);
        *n = 0;
        map_put(&o->c90_opened, brace, n);
    }
    if (*n >= C90_MAX_OPENED)
        return;
    out_puts(o, text);
    ++*n;
    o->c90_stmts = false;
}

/* Before a declaration: a block, if statements came first. */
static void c90_declaration(Out *o)
{
    c90_open(o, "{ ");
}

/* After writing statements (the output grew from len: the work of yields
   is written only where there is some). */
static void c90_wrote_stmts(Out *o, size_t len)
{
    if (o->c90 && o->b->len > len)
        o->c90_stmts = true;
}

static void c90_wrote_stmt(Out *o)
{
    if (o->c90)
        o->c90_stmts = true;
}

static void c90_end(Out *o, bool began)
{
    if (!began)
        return;
    if (o->c90->decl_follows)
        c90_open(o, " {");
    o->c90 = NULL;
}

/* `int a = yield 1, b = yield a;`: one declaration per declarator, each
   after its own yields, so that declarators are initialized in order. */
static void emit_split_decl(Out *o, Stmt *s, int index)
{
    size_t spec_end = s->spec_end, start = spec_end;
    bool began = c90_begin(o, s->decls.items[0]);
    for (int i = 0; i < s->decls.len; i++) {
        Var *v = s->decls.items[i];
        size_t end = v->decl_end;
        size_t len = o->b->len;
        emit_pre(o, s, &s->top, start, end);
        c90_wrote_stmts(o, len);
        if (v->storage == ST_FRAME && v->has_init && !v->init_is_list && !v->local_type) {
            /* `yc_f->x = (init)`: the initializer's RW_WRAP writes it */
            emit_range(o, v->init_begin, v->init_end, index + 1);
            out_puts(o, "; ");
            c90_wrote_stmt(o);
        } else if (v->storage != ST_FRAME || v->has_init || v->local_type) {
            c90_declaration(o);
            emit_range(o, s->begin, spec_end, index + 1);   /* (a cleanup attribute yieldc takes over erased) */
            emit_range(o, start, end, index + 1);
            out_puts(o, "; ");
            if (v->storage == ST_FRAME && v->has_init) {
                emit_copy_in(o, v);
                out_puts(o, " ");
                c90_wrote_stmt(o);
            }
        }
        start = v->next_declarator;
    }
    c90_end(o, began);
}

static void emit_stmt(Out *o, Stmt *s, int index)
{
    if (s->loop != LOOP_NONE) {
        emit_loop(o, s, index);
        return;
    }
    if (s->is_decl && s->decls.len > 1) {
        emit_split_decl(o, s, index);
        return;
    }
    if (!s->is_decl)
        out_puts(o, "{ ");
    bool began = s->is_decl && c90_begin(o, s->decls.items[0]);
    size_t len = o->b->len;
    emit_pre(o, s, &s->top, s->begin, s->end);
    c90_wrote_stmts(o, len);
    if (s->is_decl && s->decls.items[0]->storage != ST_FRAME)
        c90_declaration(o);     /* (one in the frame: emit_decl writes it) */
    XNode *only = s->whole_is_yield ? NULL : s->only_value;
    /* (what is inserted at its end, a block's cleanups, goes after the
       braces around it, which may be an `if`'s or a loop's body) */
    if (only && only->kind == X_COMMA) {
        /* its right operand is evaluated where its value is used, here;
           that value may be a yield's, with no effect */
        out_puts(o, "(void)");
        emit_span(o, s->begin, s->end, index + 1, false);
    } else if (!s->whole_is_yield && !only) {
        emit_span(o, s->begin, s->end, index + 1, false);
    }
    if (!s->is_decl)
        out_puts(o, o->b->data[o->b->len - 1] == ' ' ? "}" : " }");
    c90_end(o, began);
}

/* The cleanups that jump j must run first (innermost first). */
static void emit_jump_cleanups(Out *o, Jump *j)
{
    for (int i = 0; i < j->cleanups.len; i++) {
        Var *v = j->cleanups.items[i];
        out_printf(o, "%s(&%s); ", v->cleanup_fn, where(v));
    }
}

/* A jump that leaves scopes with cleanups, or continues a lowered loop. */
static void emit_jump(Out *o, const Rewrite *rw, int index)
{
    Jump *j = rw->jump;
    out_puts(o, "{ ");
    bool value = j->kind == J_RETURN && j->value_end > j->value_begin && !is_void(o->g->def->rtype);
    if (value && j->cleanups.len) {     /* the value first, then the cleanups */
        out_printf(o, "%s = (", user_declarator(o->g->def->rtype, "yc_ret"));
        emit_range(o, j->value_begin, j->value_end, index + 1);
        out_puts(o, "); ");
        emit_jump_cleanups(o, j);
        out_puts(o, "return yc_ret; }");
        return;
    }
    emit_jump_cleanups(o, j);
    if (j->continue_to)
        out_printf(o, "goto yc_continue_%d;", j->continue_to->continue_label);
    else
        emit_span(o, rw->begin, rw->end, index + 1, false);    /* (as a statement's) */
    out_puts(o, " }");
}

/* At the closing brace of a block: the cleanups of its locals that live
   across yields, innermost first. */
static void emit_cleanups_of_block(Out *o, const Rewrite *rw)
{
    /* `for (...)\n    x(); }`: the calls after `x();` would draw
       -Wmisleading-indentation; a block on one line holds no such body */
    if (out_line(o, rw->vars.items[0]->scope_begin) != out_line(o, rw->begin))
        out_own_line(o, rw->begin);
    for (int i = 0; i < rw->vars.len; i++) {
        Var *v = rw->vars.items[i];
        out_printf(o, "%s%s(&%s);", out_at_line_start(o) ? "" : " ", v->cleanup_fn, where(v));
    }
    out_puts(o, " ");
}

/* A declaration of variables that live in the frame.  Alone, it becomes
   an assignment to the frame; beside others, each such variable is
   declared under a temporary name whose initializer also assigns the
   frame (so later declarators see the value).  Brace-initialized ones, and
   those whose type the frame cannot name, are copied in after the
   declaration. */
static void emit_decl(Out *o, const Rewrite *rw, int index)
{
    Var *v = rw->var;
    bool began = c90_begin(o, v);
    if (!declared_renamed(v)) {
        if (v->has_init) {
            out_printf(o, "yc_f->%s = (", v->field);
            emit_range(o, v->init_begin, v->init_end, index + 1);
            out_puts(o, ");");
            c90_wrote_stmt(o);
        } else {
            out_printf(o, "/* %s: in the frame */", v->name);
        }
        c90_end(o, began);
        return;
    }
    c90_declaration(o);
    emit_range(o, rw->begin, rw->end, index + 1);
    for (int i = 0; i < rw->vars.len; i++) {
        Var *w = rw->vars.items[i];
        if (w->has_init && (w->init_is_list || (w->local_type && !w->shares_stmt))) {
            out_puts(o, " ");
            emit_copy_in(o, w);
        } else if (!w->before_first_case) {
            /* (one before a switch's first label is used: every use
               names its type, `__typeof__(yc_init_x)`; a statement there
               would never run, -Wunreachable-code) */
            out_printf(o, " (void)yc_init_%s;", w->field);
        }
        c90_wrote_stmt(o);
    }
    c90_end(o, began);
}

static void emit_rewrite(Out *o, const Rewrite *rw, int index)
{
    switch (rw->kind) {
    case RW_STMT:
        emit_stmt(o, rw->stmt, index);
        break;
    case RW_DECL:
        emit_decl(o, rw, index);
        break;
    case RW_VALUE:
        emit_value(o, rw->node);
        break;
    case RW_JUMP:
        emit_jump(o, rw, index);
        break;
    case RW_ERASE:
        break;
    case RW_LITERAL: {      /* copied into the frame each time, and used from there */
        Literal *l = rw->lit;
        out_printf(o, "(*(__typeof__(yc_f->%s) *)memcpy(&yc_f->%s, &", l->field, l->field);
        emit_range(o, rw->begin, rw->end, index + 1);
        out_printf(o, ", sizeof yc_f->%s))", l->field);
        break;
    }
    case RW_BLOCKEND:
        emit_cleanups_of_block(o, rw);
        break;
    case RW_CLOSE: {
        int *n = map_get(&o->c90_opened, rw->begin, NULL, NULL);
        for (int k = n ? *n : 0; k > 0; k--)
            out_puts(o, "}");
        break;
    }
    case RW_SPLITFOR: {     /* `{ DECLARATION for (; cond; inc) body }` */
        Var *v = rw->var;
        out_puts(o, "{ ");
        emit_range(o, v->stmt_begin, v->stmt_end, index + 1);
        out_puts(o, " ");
        out_verbatim(o, rw->begin, v->stmt_begin);
        out_puts(o, ";");
        emit_range(o, v->stmt_end, rw->end, index + 1);
        out_puts(o, " }");
        break;
    }
    case RW_WRAP:
        out_printf(o, "%s = (", frame_lvalue(rw->var));
        emit_range(o, rw->begin, rw->end, index + 1);
        out_puts(o, ")");
        break;
    case RW_RENAME:
        out_printf(o, "yc_init_%s", rw->var->field);
        break;
    case RW_REF:
        out_puts(o, frame_lvalue(rw->ref->var));
        break;
    case RW_INIT:
        out_printf(o, " = yc_f->%s", rw->var->field);
        break;
    case RW_FUNCNAME:       /* the function is the generator, as the user sees it */
        out_printf(o, "\"%s\"", o->g->def->name);
        break;
    }
}

/* Copies INPUT[b, e) with the rewrites from index `from` on applied: those
   inside [b, e), each once (see "The rewrite list" in docs/design.md);
   with at_end, also the insertions at e. */
static void emit_span(Out *o, size_t b, size_t e, int from, bool at_end)
{
    size_t pos = b;
    const Gen *g = o->g;
    for (int i = from; i < g->rewrites.len; i++) {
        const Rewrite *rw = &g->rewrites.items[i];
        if (rw->begin > e || (rw->begin == e && (rw->end != e || !at_end)))
            break;
        if (o->done[i] || rw->begin < pos || rw->end > e)
            continue;
        out_verbatim(o, pos, rw->begin);
        o->done[i] = true;
        emit_rewrite(o, rw, i);
        pos = rw->end;
    }
    out_verbatim(o, pos, e);
}

/* The body: the user's function, returning R as written (so a `return`,
   even from a macro, needs no change); a suspension returns too, leaving
   yc_state at its resume point, which is how the wrapper tells them apart. */
void emit_body(Out *o, Gen *g)
{
    GenDecl *d = g->def;
    bool void_r = is_void(d->rtype);
    out_printf(o, "static inline %s %s__body(struct %s *yc_f, unsigned yc_from, bool *yc_yielded", void_r ? "void" : user_type(d->rtype),
               d->name, d->name);
    if (g->frame.chain_scratch)     /* where a chained sub starts: YC__DEFINE_STEP_CHAIN */
        out_printf(o, ", struct %s *yc_spare", d->name);
    out_puts(o, ")\n{\n");
    if (!void_r)
        out_printf(o, "    static const __typeof__(%s) yc_none;  /* what a suspension returns */\n", d->rtype);
    for (int i = 0; i < g->params.len; i++) {
        Var *v = g->params.items[i];
        if (v->storage == ST_COPY)
            out_printf(o, "    %s = yc_f->%s;\n", declarator(v->type, v->name), v->field);
    }
    if (!g->yields.len)
        out_puts(o, "    (void)yc_f;  /* no yield */\n    (void)yc_yielded;\n");
    if (g->start_at)    /* its counted loop's first clause is the constructor's (plan_loop.c); the
                           test, never true, keeps the clause reachable for clang's -Wunreachable-code */
        out_printf(o, "    switch (yc_from) {\n    case 0: if (yc_from) break; goto yc_resume_%d;  /* the loop's first "
                      "clause is the constructor's */\n", g->start_at->state);
    else
        out_puts(o, "    switch (yc_from) {\n    case 0: break;\n");
    for (int i = 1; i <= g->yields.len; i++)
        out_printf(o, "    case %d: goto yc_resume_%d;\n", i, i);
    out_printf(o, "    default: YC__UNREACHABLE(%s);\n    }\n", void_r ? "" : "yc_none");
    o->line = 0;    /* force a #line before the body */
    emit_range(o, d->body_begin, d->body_end, 0);
    out_generated(o);
    out_puts(o, void_r ? "}\n" : "    YC__FALL_OFF_END(yc_none);\n}\n");
}

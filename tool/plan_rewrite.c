/*
** plan_rewrite.c -- plan: the rewrite list.  The output of a generator's
** body is INPUT's text with some pieces replaced: each statement with
** yields, each node's value, each declaration and use of a variable that
** lives in the frame, each jump that must run cleanups or continue a
** lowered loop, each cleanup attribute taken off and each block end where
** cleanups run, each `for` whose first clause goes before it, each
** `__func__`.  Here they are listed and sorted; emit walks the list.
** Also decided here: the cleanups of each jump and each block end, and
** the labels of the loops whose `continue`s must jump to one.
*/
#include "yc.h"

#include <stdlib.h>
#include <string.h>

static Rewrite *add(Gen *g, RewriteKind kind, size_t begin, size_t end)
{
    vec_push(&g->rewrites, ((Rewrite){ .kind = kind, .begin = begin, .end = end }));
    return &g->rewrites.items[g->rewrites.len - 1];
}

static void add_values(Gen *g, const XNodeVec *nodes)
{
    for (int i = 0; i < nodes->len; i++) {
        XNode *x = nodes->items[i];
        add(g, RW_VALUE, x->begin, x->end)->node = x;
        add_values(g, &x->kids);
    }
}

/* Does jump j leave the scope of v (from inside it)? */
bool jump_leaves(const Jump *j, const Var *v)
{
    if (j->begin < v->decl_end || j->begin >= v->scope_end)
        return false;
    switch (j->kind) {
    case J_RETURN: return true;
    case J_GOTO: return j->target < v->decl_end || j->target >= v->scope_end;
    default: return j->target < v->scope_begin;
    }
}

/* A loop whose test yields becomes `for (;;)` with the test inside; a
   `continue` of a lowered `do` or `for` goes to a label before the
   increment (or the test), numbered after the loop's statement. */
static void plan_jumps(Gen *g, const VarVec *with_cleanup)
{
    Map loops = { 0 };      /* where a lowered `do` or `for` begins -> it */
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        s->continue_label = -(i + 1);   /* its number, if a `continue` needs it */
        if ((s->loop == LOOP_DO || s->loop == LOOP_FOR) && !map_get(&loops, s->begin, NULL, NULL))
            map_put(&loops, s->begin, s);
    }
    for (int k = 0; k < g->jumps.len; k++) {
        Jump *j = g->jumps.items[k];
        if (j->kind == J_CONTINUE && (j->continue_to = map_get(&loops, j->target, NULL, NULL)))
            j->continue_to->continue_label = abs(j->continue_to->continue_label);
        /* the cleanups of the scopes it leaves, innermost first */
        for (int i = with_cleanup->len - 1; i >= 0; i--)
            if (jump_leaves(j, with_cleanup->items[i]))
                vec_push(&j->cleanups, with_cleanup->items[i]);
    }
    for (int i = 0; i < g->stmts.len; i++)
        if (g->stmts.items[i]->continue_label < 0)
            g->stmts.items[i]->continue_label = 0;
}

/* The frame variables declared by the declaration of v, in order. */
static void frame_vars_of_decl(const Gen *g, const Var *v, VarVec *out)
{
    for (int i = 0; i < g->vars.len; i++) {
        Var *w = g->vars.items[i];
        if (w->stmt_begin == v->stmt_begin && w->storage == ST_FRAME && !w->is_param)
            vec_push(out, w);
    }
}

/* The rewrites of v's declaration, and of its cleanup. */
static void add_var(Gen *g, Var *v, size_t *last_decl, Map *block_ends)
{
    if (v->storage == ST_FRAME) {
        if (v->stmt_begin != *last_decl) {
            Rewrite *rw = add(g, RW_DECL, v->stmt_begin, v->stmt_end);
            rw->var = v;
            if (declared_renamed(v))
                frame_vars_of_decl(g, v, &rw->vars);
        }
        *last_decl = v->stmt_begin;
        if (declared_renamed(v))
            add(g, RW_RENAME, v->name_off, v->name_off + strlen(v->name))->var = v;
        if (v->shares_stmt && v->has_init && !v->init_is_list)
            add(g, RW_WRAP, v->init_begin, v->init_end)->var = v;
    } else if (v->storage == ST_COPY && !v->has_init && !by_bytes(v) && !v->before_first_case) {
        add(g, RW_INIT, v->decl_end, v->decl_end)->var = v;
    }
    if (v->cleanup_by_tool) {
        add(g, RW_ERASE, v->attr_begin, v->attr_end)->var = v;
        size_t brace = v->scope_end - 1;
        int *at = map_get(block_ends, brace, NULL, NULL);
        if (!at && !v->block_ends_in_jump) {
            at = yc_alloc(sizeof *at);
            *at = g->rewrites.len;
            add(g, RW_BLOCKEND, brace, brace)->var = v;
            map_put(block_ends, brace, at);
        }
        if (at)
            vec_push(&g->rewrites.items[*at].vars, v);
    }
}

/* A variable living in the frame is declared by an assignment to its
   field, which cannot stand in a `for`'s first clause among declarations:
   that clause goes before the loop, in a block that ends with the loop
   (the loop's scope is then the block's).  Not for a loop whose condition
   or increment yields: it is lowered so already (emit_loop). */
static void add_split_fors(Gen *g)
{
    size_t last = (size_t)-1;
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (!v->in_for_init || v->storage != ST_FRAME || v->stmt_begin == last)
            continue;
        last = v->stmt_begin;
        bool lowered = false;
        for (int k = 0; k < g->stmts.len && !lowered; k++) {
            const Stmt *s = g->stmts.items[k];
            lowered = s->loop == LOOP_FOR && s->begin == v->scope_begin;
        }
        if (!lowered)
            add(g, RW_SPLITFOR, v->scope_begin, v->scope_end)->var = v;
    }
}

/* A declaration statement in C90's order (declarations first in its block)
   that yieldc turns into statements and declarations keeps that order,
   which -Wdeclaration-after-statement asks of it: emit opens a block where
   a declaration would follow statements; the block's end closes them. */
static void add_c90_blocks(Gen *g)
{
    Map decl_stmts = { 0 };     /* declarations with yields (RW_STMT) by where they begin */
    for (int i = 0; i < g->stmts.len; i++)
        if (g->stmts.items[i]->is_decl)
            map_put(&decl_stmts, g->stmts.items[i]->begin, g->stmts.items[i]);
    Map changed = { 0 };        /* declarations with a variable in the frame, or with yields */
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (v->decls_only_before &&
            (v->storage == ST_FRAME || map_get(&decl_stmts, v->stmt_begin, NULL, NULL)))
            map_put(&changed, v->stmt_begin, v);
    }
    Map closes = { 0 };         /* the braces with an RW_CLOSE */
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (!v->decls_only_before || !map_get(&changed, v->stmt_begin, NULL, NULL))
            continue;
        v->keeps_c90 = true;
        size_t brace = v->scope_end - 1;
        if (!map_get(&closes, brace, NULL, NULL)) {
            map_put(&closes, brace, v);
            add(g, RW_CLOSE, brace, brace)->var = v;
        }
    }
}

static int cmp_rewrite(const void *a, const void *b)
{
    const Rewrite *x = a, *y = b;
    if (x->begin != y->begin)
        return x->begin < y->begin ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    return (int)x->kind - (int)y->kind;
}

void plan_rewrites(Gen *g)
{
    VarVec with_cleanup = { 0 };    /* whose cleanups the tool calls, in order */
    for (int i = 0; i < g->vars.len; i++)
        if (g->vars.items[i]->cleanup_by_tool)
            vec_push(&with_cleanup, g->vars.items[i]);
    plan_jumps(g, &with_cleanup);
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        add(g, RW_STMT, s->begin, s->end)->stmt = s;
        add_values(g, &s->top);
    }
    for (int k = 0; k < g->yields.len; k++)
        if (g->yields.items[k]->advance)    /* the yield runs it */
            add(g, RW_ERASE, g->yields.items[k]->advance->inc.begin, g->yields.items[k]->advance->inc.end);
    for (int k = 0; k < g->literals.len; k++) {
        Literal *l = g->literals.items[k];
        add(g, RW_LITERAL, l->begin, l->end)->lit = l;
    }
    add_split_fors(g);
    add_c90_blocks(g);
    for (int k = 0; k < g->jumps.len; k++) {
        Jump *j = g->jumps.items[k];
        if (j->continue_to || j->cleanups.len)
            add(g, RW_JUMP, j->begin, j->end)->jump = j;
    }
    size_t last_decl = (size_t)-1;
    Map block_ends = { 0 };     /* brace -> the index of its RW_BLOCKEND */
    for (int i = 0; i < g->vars.len; i++)
        if (!g->vars.items[i]->is_param)
            add_var(g, g->vars.items[i], &last_decl, &block_ends);
    for (int i = 0; i < g->refs.len; i++) {
        Ref *r = g->refs.items[i];
        if (r->var->storage == ST_FRAME && r->off != (size_t)-1)
            add(g, RW_REF, r->off, r->off + r->len)->ref = r;
    }
    for (int i = 0; i < g->func_names.len; i++)
        add(g, RW_FUNCNAME, g->func_names.items[i].begin, g->func_names.items[i].end);
    /* the cleanups at a block end run innermost (last declared) first */
    for (int i = 0; i < g->rewrites.len; i++) {
        VarVec *vs = &g->rewrites.items[i].vars;
        if (g->rewrites.items[i].kind == RW_BLOCKEND)
            for (int a = 0, b = vs->len - 1; a < b; a++, b--) {
                Var *tmp = vs->items[a];
                vs->items[a] = vs->items[b];
                vs->items[b] = tmp;
            }
    }
    vec_sort(&g->rewrites, cmp_rewrite);   /* none for a generator without yields */
    for (int i = 0; i < g->rewrites.len; i++)
        if (g->rewrites.items[i].kind == RW_VALUE)
            g->rewrites.items[i].node->rewrite = i;
}

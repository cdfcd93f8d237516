/*
** plan.c -- the fourth stage: decide the frame.  A variable is preserved
** when it can be used after some yield resumes (live_after): parameters
** that the body uses (it runs after the constructor returns), locals used
** after a yield in their scope, or in a loop around it.  A preserved
** variable is copied in and out of the frame around the suspensions it is
** live across (so it stays an ordinary C variable: macros that mention it,
** debuggers, and the user's statements see it by its own name), unless it
** must have one address for its whole life (its address is taken, it is an
** array whose pointer escapes, const, volatile, or hidden by an inner
** variable at a yield): then it lives in the frame and its uses are
** rewritten to the frame field.
*/
#include "yc.h"

#include <string.h>

static bool visible_at(const Var *v, size_t off)
{
    return off >= v->decl_end && off >= v->scope_begin && off < v->scope_end;
}

/* The statement holding yield y. */
static const Stmt *stmt_of(const Gen *g, const Yield *y)
{
    for (int i = 0; i < g->stmts.len; i++) {
        const Stmt *s = g->stmts.items[i];
        for (int k = 0; k < s->yields.len; k++)
            if (s->yields.items[k] == y)
                return s;
    }
    return NULL;
}

/* Is the use at `at` evaluated before y suspends, in y's statement?  In y's
   operand, or in the operand of a yield of the statement to y's left: the
   statement's yields are hoisted in evaluation order (left to right, an
   operand's yields before their own).  So a variable live across a yield is
   live across every yield of the statement evaluated before it, too. */
static bool before_suspension(const Stmt *s, const Yield *y, size_t at)
{
    if (at >= y->begin && at < y->end)
        return true;
    for (int k = 0; s && k < s->yields.len; k++) {
        const Yield *w = s->yields.items[k];
        if (w->end <= y->begin && at >= w->begin && at < w->end)
            return true;
    }
    return false;
}

/* Can v be used after y resumes, before it is declared again?  Yes, as far
   as text shows, if it is used at or after y's statement in its scope, or
   anywhere in a loop around y inside its scope, or if its scope holds a
   label (a goto may lead anywhere), or if its address is taken or it has a
   cleanup. */
static bool live_after(const Gen *g, const Var *v, const Yield *y)
{
    if (!visible_at(v, y->begin))
        return false;
    /* a pointer to it may be used anywhere; a cleanup uses it at the scope's end */
    if (v->addr_taken || (v->is_array && v->decays) || v->is_param || v->has_cleanup)
        return true;
    for (int i = 0; i < g->labels.len; i++) {
        size_t at = *(size_t *)g->labels.items[i];
        if (at >= v->scope_begin && at < v->scope_end)
            return true;
    }
    const Stmt *s = stmt_of(g, y);
    size_t from = s ? s->begin : y->begin;   /* what runs after y resumes starts there */
    for (int i = 0; i < g->refs.len; i++) {
        const Ref *r = g->refs.items[i];
        if (r->var == v && r->at >= from && r->at < v->scope_end && !before_suspension(s, y, r->at))
            return true;
    }
    for (int i = 0; i < g->loops.len; i++) {
        const size_t *loop = g->loops.items[i];
        if (loop[0] < v->scope_begin || loop[1] > v->scope_end || y->begin < loop[0] || y->begin >= loop[1])
            continue;
        for (int k = 0; k < g->refs.len; k++) {
            const Ref *r = g->refs.items[k];
            if (r->var == v && r->at >= loop[0] && r->at < loop[1])
                return true;
        }
    }
    return false;
}

static bool spans_yield(const Gen *g, const Var *v)
{
    for (int i = 0; i < g->yields.len; i++)
        if (live_after(g, v, g->yields.items[i]))
            return true;
    return false;
}

static bool referenced(const Gen *g, const Var *v)
{
    for (int i = 0; i < g->refs.len; i++)
        if (((Ref *)g->refs.items[i])->var == v)
            return true;
    return false;
}

static bool field_taken(const Gen *g, const char *name, const Var *upto)
{
    static const char *const reserved[] = { "yc_state", "yc_value", "yc_result", "yc_sent", NULL };
    for (int i = 0; reserved[i]; i++)
        if (!strcmp(name, reserved[i]))
            return true;
    for (int i = 0; i < g->vars.len && g->vars.items[i] != upto; i++) {
        const Var *o = g->vars.items[i];
        if (o->field && !strcmp(o->field, name))
            return true;
    }
    return false;
}

static void name_field(Gen *g, Var *v)
{
    v->field = v->name;
    for (int n = 2; field_taken(g, v->field, v); n++)
        v->field = yc_format("%s_%d", v->name, n);
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

/* A local with a cleanup that lives across a yield loses its attribute
   (the body returns at each suspension, which would run it); emit.c calls
   the cleanup on every way out of its scope instead, and yc_close when the
   generator is closed inside it.  So those ways must be ours to change. */
static void plan_cleanup(Gen *g, Var *v)
{
    static const char *const words[] = { "break", "continue", "return", "goto" };
    if (v->attr_begin == (size_t)-1 || v->shares_stmt || v->in_for_init) {
        error_at(v->name_off, "'%s' has a cleanup and lives across a yield: declare it alone, in a "
                              "block, with the attribute written '__attribute__((cleanup(fn)))'", v->name);
        return;
    }
    for (int i = 0; i < g->jumps.len; i++) {
        Jump *j = g->jumps.items[i];
        if (j->from_macro && jump_leaves(j, v)) {
            error_at(j->begin, "a '%s' from a macro leaves the scope of '%s', which has a cleanup and "
                               "lives across a yield: write the '%s' in the generator's body",
                     words[j->kind], v->name, words[j->kind]);
            note_at(v->name_off, "'%s' is declared here", v->name);
        }
    }
    g->has_cleanups = true;
}

static void plan_storage(Gen *g, Var *v)
{
    v->preserved = v->is_param ? referenced(g, v) : !v->is_static && spans_yield(g, v);
    if (!v->preserved) {
        v->storage = ST_LOCAL;
        return;
    }
    if (v->has_cleanup)
        plan_cleanup(g, v);
    /* an array that a macro names, and that no pointer escapes from, is
       copied instead: the macro's text then needs no rewriting */
    bool copied_array = v->is_array && v->in_macro_body && !v->decays && !v->addr_taken;
    bool fixed = (v->is_array && !copied_array) || v->addr_taken || v->is_const || v->is_volatile;
    v->storage = fixed ? ST_FRAME : ST_COPY;
    name_field(g, v);
    if (!v->local_type && v->type_decl > g->first->kw) {
        error_at(g->first->kw, "the frame of generator '%s' holds '%s' of type '%s', which is declared "
                               "below this first declaration of '%s': declare the type first",
                 g->def->name, v->name, v->type, g->def->name);
        note_at(v->type_decl, "'%s' is declared here", v->type);
    }
    if (v->storage != ST_FRAME)
        return;
    if (v->in_for_init) {
        error_at(v->name_off, "'%s' must live in the generator's frame (its address is taken, or it is "
                              "an array, const or volatile) and is declared in a 'for' clause: declare "
                              "it before the 'for'", v->name);
        return;
    }
    if (v->local_type) {
        error_at(v->name_off, "'%s' must live in the generator's frame (its address is taken, or it is "
                              "an array, const or volatile), but its type is declared inside the "
                              "generator: declare the type at file scope", v->name);
        return;
    }
    for (int i = 0; i < g->refs.len; i++) {
        Ref *r = g->refs.items[i];
        if (r->var == v && r->off == (size_t)-1) {
            error_at(r->at, "'%s' is used inside a macro's body, but it lives in the generator's frame "
                             "(its address is taken, or it is an array, const or volatile): pass it to "
                             "the macro as an argument", v->name);
            break;
        }
    }
}

/* A variable hidden by an inner one of the same name at some yield cannot
   be copied by its name there: it lives in the frame instead. */
static void plan_shadowed(Gen *g)
{
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (v->storage != ST_COPY)
            continue;
        for (int k = 0; k < g->yields.len && v->storage == ST_COPY; k++) {
            Yield *y = g->yields.items[k];
            if (!visible_at(v, y->begin))
                continue;
            for (int j = 0; j < g->vars.len; j++) {
                Var *w = g->vars.items[j];
                if (w != v && !strcmp(w->name, v->name) && w->name_off > v->name_off && visible_at(w, y->begin)) {
                    v->storage = ST_FRAME;
                    break;
                }
            }
        }
    }
}

/* Which variables are copied out and in around yield y: those that can be
   used after it resumes. */
static void plan_live(Gen *g, Yield *y)
{
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (v->storage == ST_COPY && live_after(g, v, y))
            vec_push(&y->live, v);
        if (v->preserved && v->has_cleanup && visible_at(v, y->begin))
            vec_push(&y->cleanups, v);
    }
}

/* Is x's value used only after another suspension?  Its value is used
   when its parent (or the statement) goes on: late if a later node sits in
   the same part, or if it is the right side of a `,` that is itself late. */
static bool consumed_late(const Stmt *s, const XNode *x)
{
    const Vec *sibs = x->parent ? &x->parent->kids : &s->top;
    for (int i = 0; i < sibs->len; i++) {
        const XNode *o = sibs->items[i];
        if (o->begin > x->begin && (x->parent ? o->part == x->part : true))
            return true;
    }
    return x->parent && x->parent->kind == X_COMMA && x->part == 1 && consumed_late(s, x->parent);
}

static void plan_node_temps(Gen *g, Stmt *s, XNode *x)
{
    if (x->kind == X_YIELD && x->tok->is_from) {
        /* a recursive sub-frame is freed once finished: keep its result */
        if (strcmp(x->sub_rtype, "void") && (x->sub_recursive || consumed_late(s, x)))
            x->temp = yc_format("yc_result_%d", x->state);
    } else if (x->kind == X_YIELD && g->def->stype && consumed_late(s, x))
        x->temp = yc_format("yc_sent_%d", x->state);
    else if (x->kind == X_AND || x->kind == X_OR || (x->kind == X_COND && strcmp(x->type, "void")))
        x->temp = yc_format("yc_t%d", g->temps.len + 1);
    if (x->temp)
        vec_push(&g->temps, x);
    for (int i = 0; i < x->kids.len; i++)
        plan_node_temps(g, s, x->kids.items[i]);
}

/* The generator defined in this file under that name. */
Gen *gen_named(Tool *t, const char *name)
{
    GenDecl *first = first_decl_named(t, name);
    return first && first->definition ? first->definition->gen : NULL;
}

/* Does generator `from` reach `target` through `yield from CALL`s? */
static bool reaches(Tool *t, Gen *from, Gen *target, int depth)
{
    if (!from || depth > t->gens.len)
        return false;
    if (from == target)
        return true;
    for (int i = 0; i < from->froms.len; i++) {
        Yield *y = from->froms.items[i];
        if (y->tok->from_call && reaches(t, gen_named(t, y->sub_name), target, depth + 1))
            return true;
    }
    return false;
}

/* Each `yield from` gets its field: the sub-generator's frame, in the
   frame's union of sub-frames (never two alive at once), or a pointer: to
   an existing generator, or to a frame from YC_ALLOC when the sub can reach
   this generator again (its frame would contain itself). */
static void plan_froms(Tool *t, Gen *g)
{
    for (int i = 0; i < g->froms.len; i++) {
        Yield *y = g->froms.items[i];
        y->sub_recursive = y->tok->from_call && reaches(t, gen_named(t, y->sub_name), g, 0);
        y->sub_field = yc_format("yc_sub_%d", y->state);
    }
}

void plan_generator(Tool *t, Gen *g)
{
    for (int i = 0; i < g->vars.len; i++)
        plan_storage(g, g->vars.items[i]);
    plan_shadowed(g);
    for (int i = 0; i < g->literals.len; i++)
        ((Literal *)g->literals.items[i])->field = yc_format("yc_literal_%d", i + 1);
    for (int i = 0; i < g->yields.len; i++)
        ((Yield *)g->yields.items[i])->state = i + 1;
    g->nstates = g->yields.len;
    plan_froms(t, g);
    g->state_type = g->nstates + 2 <= 255 ? "unsigned char" : g->nstates + 2 <= 65535 ? "unsigned short"
                                                                                      : "unsigned int";
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        if (!s->yields.len)
            continue;
        for (int k = 0; k < s->yields.len; k++)
            plan_live(g, s->yields.items[k]);
        for (int k = 0; k < s->top.len; k++)
            plan_node_temps(g, s, s->top.items[k]);
    }
}

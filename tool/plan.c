/*
** plan.c -- the fourth stage: decide the frame.  A variable is preserved
** when a yield can suspend the generator while it is in scope: parameters
** always (the body runs after the constructor returns), locals when a yield
** follows their declaration in their scope.  A preserved variable is
** copied in and out of the frame around each suspension (so it stays an
** ordinary C variable: macros that mention it, debuggers, and the user's
** statements see it by its own name), unless it must have one address for
** its whole life (its address is taken, it is an array, const or volatile):
** then it lives in the frame and its uses are rewritten to the frame field.
*/
#include "yc.h"

#include <string.h>

static bool spans_yield(const Gen *g, const Var *v)
{
    for (int i = 0; i < g->stmts.len; i++) {
        const Stmt *s = g->stmts.items[i];
        if (s->yields.len && s->begin > v->name_off && s->begin >= v->scope_begin && s->begin < v->scope_end)
            return true;
    }
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

static void plan_storage(Tool *t, Gen *g, Var *v)
{
    (void)t;
    v->preserved = v->is_param ? referenced(g, v) : !v->is_static && spans_yield(g, v);
    if (!v->preserved) {
        v->storage = ST_LOCAL;
        return;
    }
    if (v->has_cleanup)
        error_at(v->name_off, "'%s' has a cleanup attribute and lives across a yield: not supported yet",
                 v->name);
    bool fixed = v->is_array || v->addr_taken || v->is_const || v->is_volatile;
    v->storage = fixed ? ST_FRAME : ST_COPY;
    name_field(g, v);
    if (v->storage != ST_FRAME)
        return;
    for (int i = 0; i < g->refs.len; i++) {
        Ref *r = g->refs.items[i];
        if (r->var == v && r->off == (size_t)-1) {
            error_at(r->len, "'%s' is used inside a macro's body, but it lives in the generator's frame "
                             "(its address is taken, or it is an array, const or volatile): pass it to "
                             "the macro as an argument", v->name);
            break;
        }
    }
}

/* Which variables are copied around the suspensions of statement s. */
static void plan_live(Gen *g, Stmt *s)
{
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (v->storage == ST_COPY && v->name_off < s->begin && s->begin >= v->scope_begin &&
            s->begin < v->scope_end)
            vec_push(&s->live, v);
    }
}

/* A yield's value is read straight from the frame's yc_sent unless
   another suspension comes between its resumption and its use. */
static void plan_temps(Gen *g, Stmt *s)
{
    if (!g->def->stype)
        return;
    for (int i = 0; i < s->yields.len; i++) {
        Yield *y = s->yields.items[i];
        bool direct = y->consumer ? i + 1 < s->yields.len && s->yields.items[i + 1] == y->consumer
                                  : i + 1 == s->yields.len;
        if (!direct) {
            y->temp = yc_format("yc_sent_%d", y->state);
            vec_push(&g->temps, y->temp);
        }
    }
}

void plan_generator(Tool *t, Gen *g)
{
    for (int i = 0; i < g->vars.len; i++)
        plan_storage(t, g, g->vars.items[i]);
    for (int i = 0; i < g->yields.len; i++)
        ((Yield *)g->yields.items[i])->state = i + 1;
    g->nstates = g->yields.len;
    g->state_type = g->nstates + 2 <= 255 ? "unsigned char" : g->nstates + 2 <= 65535 ? "unsigned short"
                                                                                      : "unsigned int";
    for (int i = 0; i < g->stmts.len; i++) {
        Stmt *s = g->stmts.items[i];
        if (!s->yields.len)
            continue;
        plan_live(g, s);
        plan_temps(g, s);
    }
}

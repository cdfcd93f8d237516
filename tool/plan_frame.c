/*
** plan_frame.c -- plan: the frame's layout.  After the state come the
** value, result and sent slots, the temporaries, the sub-generators' frames
** (those made in place share a union: two are never alive at once), the
** compound literals, and the preserved variables, where those never needed
** at the same time share storage (a copied one at the yields it is live
** across, one living in the frame throughout its scope).  Also where
** each `yield from` finds its sub-generator, and which frames a frame holds
** by value (their structs are written first).
*/
#include "yc.h"

#include <string.h>

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
   this generator again (its frame would contain itself).  A sub made here
   without a send type, of a generator defined in this file, is resumed
   only from here: its step function is called directly, without the
   checks of yc_next. */
void plan_subs(Tool *t, Gen *g)
{
    for (int i = 0; i < g->froms.len; i++) {
        Yield *y = g->froms.items[i];
        y->sub_gen = gen_named(t, y->sub_name);
        bool recursive = y->tok->from_call && reaches(t, y->sub_gen, g, 0);
        y->sub_frame = !y->tok->from_call ? SUB_GIVEN : recursive ? SUB_ALLOCATED : SUB_EMBEDDED;
        y->sub_field = yc_format("yc_sub_%d", y->state);
        y->sub_step_direct = y->tok->from_call && !y->sub_send && y->sub_gen;
        /* recursion into itself, without S: the frames form a chain that
           the step walks, so that a resume costs the same at any depth and
           takes no C stack per level */
        y->sub_chained = recursive && y->sub_gen == g && !g->def->stype && !y->sub_send;
        g->frame.chain |= y->sub_chained;
    }
}

/* Can v's field share storage with others?  Not a parameter (the
   constructor writes it, and a copied one is loaded on every entry), nor a
   local that yc_close runs a cleanup of while it is copied, nor a _Bool
   (whose bytes another field may have left invalid when its declaration
   reads its field), nor one in a switch before its first label. */
static bool shareable(const Var *v)
{
    if (v->is_param || v->is_bool || v->is_static || v->before_first_case)
        return false;
    return v->storage == ST_FRAME || (v->storage == ST_COPY && !v->has_cleanup);
}

/* Is the suspension at offset `at` inside v's scope? */
static bool scope_holds(const Var *v, size_t at)
{
    return v->scope_begin <= at && at < v->scope_end;
}

/* Locals whose fields are never needed at the same time share storage.
   A copied local needs its field at the yields it is live across; one that
   lives in the frame needs it throughout its scope (the block is entered
   afresh each time: a value is never kept from one of its lifetimes to
   the next).  So two clash if some yield needs both, or if two living in
   the frame have overlapping scopes.  Greedily, in source order, each
   joins the first group with no member it clashes with.  Returns, for
   each of g->vars, the index of its group's first member, or -1. */
static int *share_groups(const Gen *g)
{
    int n = g->vars.len;
    int *group = yc_alloc(((size_t)n + 1) * sizeof *group);
    for (int i = 0; i < n; i++)
        group[i] = -1;
    if (n > 4096)
        return group;   /* the table of clashes would be large: no sharing */
    unsigned char *clash = yc_alloc((size_t)n * (size_t)n + 1);
    int *in_frame = yc_alloc(((size_t)n + 1) * sizeof *in_frame), nframe = 0;
    for (int i = 0; i < n; i++)
        if (g->vars.items[i]->storage == ST_FRAME)
            in_frame[nframe++] = i;
    int *needed = yc_alloc(((size_t)n + 1) * sizeof *needed);   /* at one yield (live ones are copied) */
    for (int k = 0; k < g->yields.len; k++) {
        Yield *y = g->yields.items[k];
        int m = 0;
        for (int a = 0; a < y->live.len; a++)
            needed[m++] = y->live.items[a]->index;
        for (int f = 0; f < nframe; f++)
            if (scope_holds(g->vars.items[in_frame[f]], y->begin))
                needed[m++] = in_frame[f];
        for (int a = 0; a < m; a++)
            for (int b = 0; b < m; b++)
                clash[(size_t)needed[a] * (size_t)n + (size_t)needed[b]] = 1;
    }
    for (int a = 0; a < nframe; a++)
        for (int b = 0; b < nframe; b++) {
            const Var *v = g->vars.items[in_frame[a]], *w = g->vars.items[in_frame[b]];
            if (v->scope_begin < w->scope_end && w->scope_begin < v->scope_end)
                clash[(size_t)in_frame[a] * (size_t)n + (size_t)in_frame[b]] = 1;
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

/* A sub-generator that only its `yield from` holds, from its start to its
   end: no two of a frame's are alive at once. */
static bool one_alive(const Yield *y)
{
    return y->sub_frame == SUB_EMBEDDED || y->sub_chained;
}

static void add_field(Frame *fr, Field f)
{
    vec_push(&fr->fields, f);
}

/* The preserved variables, in order; a group of those that share storage
   where its first member is. */
static void add_var_fields(Frame *fr, const Gen *g)
{
    int *group = share_groups(g);
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        if (v->storage == ST_LOCAL || (group[i] >= 0 && group[i] < i))
            continue;
        if (group[i] < 0) {
            add_field(fr, (Field){ .kind = F_VAR, .var = v });
            continue;
        }
        for (int k = i; k < g->vars.len; k++)
            if (group[k] == i)
                add_field(fr, (Field){ .kind = F_VAR, .var = g->vars.items[k], .group = 2 + i });
    }
}

/* The most bytes of a frame whose chained subs start in the step's spare
   frames (two on its C stack; a sub that suspends is copied whole), counting
   what it keeps: Y, R, the kept variables and temporaries. */
enum { CHAIN_SCRATCH_MAX_BYTES = 256 };

/* The bytes of a temporary kept in the frame (negative if unknown). */
static long long temp_size(const XNode *x)
{
    if (x->kind == X_COND)
        return x->size;
    if (x->kind == X_YIELD && x->tok->is_from)
        return x->sub_rsize;
    return 8;   /* `&&`, `||`: a truth value */
}

/* May g's frame move, once started, to another address?  Only if nothing
   can point into it: no variable kept in it has its address taken or is
   an array decaying to a pointer, no generator's frame is held in it (one
   made by a `yield from` in place, or a local: their own steps may point
   into them), no compound literal lives in it; and it is small: what it
   keeps (Y, R, variables, temporaries) is known and at most
   CHAIN_SCRATCH_MAX_BYTES. */
static bool frame_movable(const Gen *g)
{
    if (g->literals.len || g->ysize < 0 || g->rsize < 0)
        return false;
    long long bytes = g->ysize + g->rsize;
    for (int i = 0; i < g->vars.len; i++) {
        const Var *v = g->vars.items[i];
        if (v->storage == ST_LOCAL)
            continue;
        if (v->addr_taken || (v->is_array && v->decays) || v->frame_of || v->size < 0)
            return false;
        bytes += v->size;
    }
    for (int i = 0; i < g->temps.len; i++) {
        long long size = temp_size(g->temps.items[i]);
        if (size < 0)
            return false;
        bytes += size;
    }
    for (int i = 0; i < g->froms.len; i++)
        if (g->froms.items[i]->sub_frame == SUB_EMBEDDED)
            return false;
    return bytes <= CHAIN_SCRATCH_MAX_BYTES;
}

void plan_frame(Gen *g)
{
    Frame *fr = &g->frame;
    GenDecl *d = g->def;
    int nstates = g->yields.len;
    /* 0: not started, 1..nstates: at a yield, then running and done */
    fr->state_type = nstates + 2 <= 255 ? "unsigned char" : nstates + 2 <= 65535 ? "unsigned short"
                                                                                : "unsigned int";
    fr->state_max = nstates + 2 <= 255 ? 255u : nstates + 2 <= 65535 ? 65535u : 4294967295u;
    fr->return_in_memory = fr->state_max == 255u;
    int n = 5 + g->temps.len + g->froms.len + g->literals.len;
    for (int i = 0; i < g->vars.len; i++)
        n += g->vars.items[i]->storage != ST_LOCAL;
    vec_reserve(&fr->fields, n);    /* thousands of generators: no room to spare */
    if (!is_void(d->ytype))
        add_field(fr, (Field){ .kind = F_VALUE });
    if (!is_void(d->rtype))
        add_field(fr, (Field){ .kind = F_RESULT });
    if (d->stype)
        add_field(fr, (Field){ .kind = F_SENT });
    for (int i = 0; i < g->temps.len; i++)
        add_field(fr, (Field){ .kind = F_TEMP, .node = g->temps.items[i] });
    if (fr->chain) {    /* pointers, beside the sub-generators' */
        add_field(fr, (Field){ .kind = F_TOP });
        add_field(fr, (Field){ .kind = F_PARENT });
    }
    /* the subs made in place, and the chained ones' pointers: one alive at a time */
    for (int i = 0; i < g->froms.len; i++)
        if (one_alive(g->froms.items[i]))
            add_field(fr, (Field){ .kind = F_SUB, .node = g->froms.items[i], .group = 1 });
    for (int i = 0; i < g->froms.len; i++)
        if (!one_alive(g->froms.items[i]))
            add_field(fr, (Field){ .kind = F_SUB, .node = g->froms.items[i] });
    for (int i = 0; i < g->literals.len; i++)
        add_field(fr, (Field){ .kind = F_LITERAL, .lit = g->literals.items[i] });
    add_var_fields(fr, g);
    if (fr->chain) {
        for (int i = 0; i < g->froms.len && !fr->chain_link; i++)
            if (g->froms.items[i]->sub_chained)
                fr->chain_link = g->froms.items[i]->sub_field;
        fr->chain_scratch = frame_movable(g);
    }
}

/* The generators whose frames g's frame holds by value: subs made in
   place by `yield from`, and locals of generator types. */
static void plan_embeds(Tool *t, Gen *g)
{
    for (int i = 0; i < g->froms.len; i++) {
        Yield *y = g->froms.items[i];
        if (y->sub_frame == SUB_EMBEDDED && y->sub_gen)
            vec_push(&g->frame.embeds, y->sub_gen);
    }
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        Gen *held = v->storage != ST_LOCAL && v->frame_of ? gen_named(t, v->frame_of) : NULL;
        if (held)
            vec_push(&g->frame.embeds, held);
    }
    for (int i = 0; i < g->frame.embeds.len; i++)
        vec_push(&g->frame.header_needs, g->frame.embeds.items[i]);
    for (int i = 0; i < g->def->api_frames.len; i++)
        if (gen_named(t, g->def->api_frames.items[i]))
            vec_push(&g->frame.header_needs, gen_named(t, g->def->api_frames.items[i]));
    for (int i = 0; i < g->params.len; i++)
        if (g->params.items[i]->frame_of && gen_named(t, g->params.items[i]->frame_of))
            vec_push(&g->frame.header_needs, gen_named(t, g->params.items[i]->frame_of));
}

/* Does g's frame hold `target`'s (through others)?  *at and *what (if
   asked): the local or the `yield from` of g that makes it. */
static bool holds(Tool *t, Gen *g, Gen *target, int depth, size_t *at, const char **what)
{
    if (depth > t->gens.len)
        return false;
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        Gen *h = v->storage != ST_LOCAL && v->frame_of ? gen_named(t, v->frame_of) : NULL;
        if (h && (h == target || holds(t, h, target, depth + 1, NULL, NULL))) {
            if (at)
                *at = v->name_off, *what = v->name;
            return true;
        }
    }
    for (int i = 0; i < g->froms.len; i++) {
        Yield *y = g->froms.items[i];
        Gen *h = y->sub_frame == SUB_EMBEDDED ? y->sub_gen : NULL;
        if (h && (h == target || holds(t, h, target, depth + 1, NULL, NULL))) {
            if (at)
                *at = y->begin, *what = "yield from";
            return true;
        }
    }
    return false;
}

/* Moves g's place (frame_at[g->index]), and those of the frames it holds,
   to `at` if earlier. */
static void place_frame(Gen *g, size_t *frame_at, size_t at, int depth, int limit)
{
    if (depth > limit || frame_at[g->index] <= at)
        return;
    frame_at[g->index] = at;
    for (int i = 0; i < g->frame.embeds.len; i++)
        place_frame(g->frame.embeds.items[i], frame_at, at, depth + 1, limit);
}

/* Which frames each frame holds (emit writes their structs first), and
   the checks of where each frame is written: at its generator's first
   declaration, or before the frame of an earlier-declared generator that
   holds it.  Each type a frame holds by value must be declared there
   already; a frame that would hold itself (a local of its own generator's
   type, directly or through others) cannot be laid out. */
/* The generators whose frames the header from --header holds: the public
   ones, and those their frames hold by value, or their Y, S, R or
   parameters are (a static generator's frame as a public one's result). */
static void mark_in_header(Tool *t, Gen *g, bool *in, int depth)
{
    if (!g || in[g->index] || depth > t->gens.len)
        return;
    in[g->index] = true;
    for (int i = 0; i < g->frame.header_needs.len; i++)
        mark_in_header(t, g->frame.header_needs.items[i], in, depth + 1);
}

/* The name INPUT declares at decl (input_type_decl's offset + 1): a
   typedef's, or a tag with its keyword. */
static char *declared_name(Tool *t, size_t decl)
{
    int i = tok_at_or_after(&t->lx, decl - 1);
    size_t n, k;
    const char *name = tok_text(t, &t->lx.toks[i], &n);
    if (i > 0 && (tok_is(t, &t->lx.toks[i - 1], "struct") || tok_is(t, &t->lx.toks[i - 1], "union") ||
                  tok_is(t, &t->lx.toks[i - 1], "enum"))) {
        const char *kw = tok_text(t, &t->lx.toks[i - 1], &k);
        return yc_format("%.*s %.*s", (int)k, kw, (int)n, name);
    }
    return yc_format("%.*s", (int)n, name);
}

/* what: "X, so the header from --header has it in ..." */
static void header_type_error(Tool *t, size_t at, size_t decl, const char *type, const char *what)
{
    char *name = declared_name(t, decl);
    if (!strcmp(name, type))
        error_at(&t->diag, at, "%s, but the type '%s' is declared in this file, which the files that include the "
                               "header do not see: declare the type in a header that this file includes", what, type);
    else
        error_at(&t->diag, at, "%s, but its type '%s' names '%s', declared in this file, which the files "
                               "that include the header do not see: declare '%s' in a header that this file includes",
                 what, type, name, name);
    note_at(&t->diag, decl - 1, "'%s' is declared here", name);
}

/* --header: the frames in the header, and the public generators'
   constructors, name only types that other files see (the header repeats
   INPUT's #include lines, not its declarations).  Planned after the
   layout: a variable that lives in no frame, or is held as bytes, names
   no type there. */
static void plan_header_types(Tool *t)
{
    bool *in = yc_alloc((size_t)t->gens.len + 1);
    for (int i = 0; i < t->gens.len; i++)
        if (!t->gens.items[i]->def->is_static)
            mark_in_header(t, t->gens.items[i], in, 0);
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        GenDecl *d = g->def;
        if (!in[i])
            continue;
        const char *frame = d->is_static ? yc_format("the frame of static generator '%s' (a public frame holds it)",
                                                     d->name)
                                         : yc_format("the frame of '%s'", d->name);
        if (d->api_in_input) {
            const char *type = !strcmp(d->api_what, "yield") ? d->ytype
                             : !strcmp(d->api_what, "result") ? d->rtype : d->stype;
            header_type_error(t, d->name_off, d->api_in_input, type,
                              yc_format("the header from --header names the %s type of generator '%s'%s",
                                        d->api_what, d->name,
                                        d->is_static ? " (a public frame holds its frame)" : ""));
        }
        for (int k = 0; k < g->params.len; k++) {
            Var *v = g->params.items[k];
            if (v->type_in_input && (!d->is_static || v->storage != ST_LOCAL))
                header_type_error(t, v->name_off, v->type_in_input, v->type,
                                  yc_format("the header from --header has parameter '%s' in %s%s", v->name,
                                            d->is_static ? frame : yc_format("the prototype of '%s'", d->name),
                                            d->is_static || v->storage == ST_LOCAL ? "" : " and in its frame"));
        }
        for (int k = 0; k < g->frame.fields.len; k++) {
            const Field *fl = &g->frame.fields.items[k];
            XNode *x = fl->node;
            if (fl->kind == F_VAR && !fl->var->is_param && !fl->var->local_type && fl->var->type_in_input)
                header_type_error(t, fl->var->name_off, fl->var->type_in_input, fl->var->type,
                                  yc_format("local '%s' lives across a yield, so the header from --header has it "
                                            "in %s", fl->var->name, frame));
            else if (fl->kind == F_TEMP && !x->local_type && x->type_in_input &&
                     (x->kind == X_COND || (x->kind == X_YIELD && x->tok->is_from)))
                header_type_error(t, x->begin, x->type_in_input, x->kind == X_COND ? x->type : x->sub_rtype,
                                  yc_format("the value of this %s is kept across a yield, so the header from "
                                            "--header has it in %s", x->kind == X_COND ? "'?:'" : "'yield from'",
                                            frame));
            else if (fl->kind == F_LITERAL && fl->lit->type && fl->lit->type_in_input)
                header_type_error(t, fl->lit->begin, fl->lit->type_in_input, fl->lit->type,
                                  yc_format("this compound literal's address is used after a yield, so the header "
                                            "from --header has it in %s", frame));
        }
    }
}

void plan_frames(Tool *t)
{
    Diag *dg = &t->diag;
    size_t *frame_at = yc_alloc(((size_t)t->gens.len + 1) * sizeof *frame_at);
    for (int i = 0; i < t->gens.len; i++) {
        plan_embeds(t, t->gens.items[i]);
        frame_at[i] = (size_t)-1;
    }
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        size_t at;
        const char *what;
        if (holds(t, g, g, 0, &at, &what)) {
            if (!strcmp(what, "yield from"))
                error_at(dg, at, "the frame of generator '%s' would hold itself through this 'yield from': "
                                 "a generator it makes in place holds a local of type 'struct %s'",
                         g->def->name, g->def->name);
            else
                error_at(dg, at, "'%s' lives across a yield, so the frame of generator '%s' would hold "
                                 "itself (a frame of type 'struct %s'): keep the generator object in "
                                 "memory of its own (a static, or from malloc), or delegate with 'yield from'",
                         what, g->def->name, g->def->name);
            return;
        }
    }
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        place_frame(g, frame_at, g->first->kw, 0, t->gens.len);
    }
    for (int i = 0; i < t->gens.len; i++) {
        Gen *g = t->gens.items[i];
        for (int k = 0; k < g->vars.len; k++) {
            Var *v = g->vars.items[k];
            if (v->storage == ST_LOCAL || v->local_type || v->frame_of || v->type_decl <= frame_at[i])
                continue;
            if (frame_at[i] == g->first->kw)
                error_at(dg, g->first->kw, "the frame of generator '%s' holds '%s' of type '%s', which is "
                                           "declared below this first declaration of '%s': declare the type "
                                           "first", g->def->name, v->name, v->type, g->def->name);
            else
                error_at(dg, frame_at[i], "the frame of generator '%s', written here for a generator "
                                          "whose frame holds it, holds '%s' of type '%s', which is declared "
                                          "below: declare the type first", g->def->name, v->name, v->type);
            note_at(dg, v->type_decl, "'%s' is declared here", v->type);
        }
    }
    if (t->header_path)
        plan_header_types(t);
}

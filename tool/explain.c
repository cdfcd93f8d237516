/*
** explain.c -- the report of --explain and --explain=json: each
** generator's frame as the compiler lays it out, printed the way pahole
** prints a struct (each field with what it holds: a parameter or local and
** its line, or the tool's own state, value, result, sent value, temporary
** or sub-generator; its type, offset and size; the unions of fields that
** share storage; holes and trailing padding; the total, which is sizeof),
** then its resume points: the state's value at each, what suspends there,
** where, and the variables kept across it.
**
** A report decides nothing.  What is in the frame, in which order, what
** shares storage, what is kept at each yield are plan's decisions
** (Gen.frame, Var.storage and .field, XNode.state, .live, .sub_frame,
** .temp).  The offsets and sizes are the compiler's: libclang parses the C
** that emit wrote, with the user's flags (so for the user's target), and
** lays out each frame struct.  That parse is the one place after find that
** talks to libclang, and the layout is all it asks.
*/
#include "yc.h"
#include "cx.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- the frame as the compiler laid it out ---- */

/* A member of a frame struct. */
typedef struct Slot {
    char *name;
    char *type;             /* clang's spelling in the output, __typeof__ unwrapped */
    long long offset, size; /* bytes */
    int in_union;           /* > 0: the anonymous union it is in (the struct's first is 1) */
    bool used;              /* a field of plan's frame matched it */
} Slot;

typedef struct Box {        /* an anonymous union of the frame struct */
    long long offset, size;
} Box;

typedef struct Layout {
    long long size, align;
    VEC(Slot) slots;        /* in declaration order */
    VEC(Box) boxes;         /* [in_union - 1] */
    Map by_name;            /* hash_str(name) -> index + 1 in slots */
    CXType type;
} Layout;

typedef struct Reader {
    Layout *lay;
    int in_union;
} Reader;

/* `typeof (T)` or `__typeof__(T)`, as clang spells a field declared with
   __typeof__ (emit does for types with parentheses or brackets): T. */
static char *type_text(CXType ty)
{
    char *s = cx_take(clang_getTypeSpelling(ty));
    static const char *const wraps[] = { "typeof (", "__typeof__(", "typeof(", "__typeof__ (", NULL };
    for (int i = 0; wraps[i]; i++) {
        size_t n = strlen(s), w = strlen(wraps[i]);
        if (n > w && !strncmp(s, wraps[i], w) && s[n - 1] == ')') {
            s = yc_strndup(s + w, n - w - 1);
            i = -1;     /* typeof(typeof(int)), from clang 16's spelling in the view */
        }
    }
    return s;
}

static enum CXChildVisitResult visit_member(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Reader *r = data;
    Layout *lay = r->lay;
    if (c.kind == CXCursor_FieldDecl) {
        char *name = cx_take(clang_getCursorSpelling(c));
        if (!name[0] || !(name[0] == '_' || isalpha((unsigned char)name[0])) || strchr(name, ' '))
            return CXChildVisit_Continue;   /* the unnamed field of an anonymous union */
        CXType ty = clang_getCursorType(c);
        /* by name from the frame's own type: a member of an anonymous union too */
        long long bits = clang_Type_getOffsetOf(lay->type, name);
        Slot s = { name, type_text(ty), bits >= 0 ? bits / 8 : -1, clang_Type_getSizeOf(ty), r->in_union, false };
        vec_push(&lay->slots, s);
        map_put(&lay->by_name, hash_str(name), (void *)(uintptr_t)lay->slots.len);
    } else if ((c.kind == CXCursor_UnionDecl || c.kind == CXCursor_StructDecl) &&
               clang_Cursor_isAnonymousRecordDecl(c)) {
        int outer = r->in_union;
        vec_push(&lay->boxes, ((Box){ -1, clang_Type_getSizeOf(clang_getCursorType(c)) }));
        r->in_union = lay->boxes.len;
        int first = lay->slots.len;
        clang_visitChildren(c, visit_member, r);
        if (first < lay->slots.len)
            lay->boxes.items[r->in_union - 1].offset = lay->slots.items[first].offset;
        r->in_union = outer;
    }
    return CXChildVisit_Continue;
}

typedef struct Structs {
    Tool *t;
    Map by_name;            /* hash_str(name) -> CXCursor * of its definition */
} Structs;

static bool cursor_named(const void *val, const void *name)
{
    return !strcmp(cx_take(clang_getCursorSpelling(*(const CXCursor *)val)), name);
}

static enum CXChildVisitResult visit_struct(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Structs *st = data;
    if (c.kind != CXCursor_StructDecl || !clang_isCursorDefinition(c))
        return CXChildVisit_Continue;
    char *name = cx_take(clang_getCursorSpelling(c));
    if (first_decl_named(st->t, name) && !map_get(&st->by_name, hash_str(name), cursor_named, name)) {
        CXCursor *keep = yc_alloc(sizeof *keep);
        *keep = c;
        map_put(&st->by_name, hash_str(name), keep);
    }
    return CXChildVisit_Continue;
}

/* The first error clang found in the output, for the message of a failure
   that should not happen. */
static char *first_error(CXTranslationUnit tu)
{
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        bool error = clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error;
        char *s = error ? cx_take(clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions())) : NULL;
        clang_disposeDiagnostic(d);
        if (s)
            return s;
    }
    return "no error reported";
}

typedef struct SlotQuery {
    const Layout *lay;
    const char *name;
} SlotQuery;

static bool slot_named(const void *val, const void *ctx)
{
    const SlotQuery *q = ctx;
    return !strcmp(q->lay->slots.items[(uintptr_t)val - 1].name, q->name);
}

static Slot *slot_of(Layout *lay, const char *name)
{
    SlotQuery q = { lay, name };
    uintptr_t i = (uintptr_t)map_get(&lay->by_name, hash_str(name), slot_named, &q);
    return i ? &lay->slots.items[i - 1] : NULL;
}

/* ---- what plan put in the frame ---- */

/* A field of the report: a member of the frame and what it holds. */
typedef struct Row {
    const char *name;
    const char *kind;       /* state, abi, value, result, sent, temporary, sub-generator, literal, parameter, local */
    char *source;           /* what it holds, in words */
    const Var *var;         /* parameter, local */
    size_t at;              /* where INPUT has it (its line); -1: nowhere */
    Slot *slot;
    int group;              /* > 0: shares storage with the rows of its group (numbered from 1, in order) */
    const char *group_kind;
} Row;

typedef struct Report {
    Tool *t;
    Buf *b;
    CXTranslationUnit tu;
    Structs structs;
    /* the generator being reported */
    Gen *g;
    Layout lay;
    VEC(Row) rows;
} Report;

static unsigned line_of(const Report *r, size_t off)
{
    return source_line(&r->t->src, off);
}

static unsigned column_of(const Report *r, size_t off)
{
    return (unsigned)(off - source_line_start(&r->t->src, line_of(r, off)) + 1);
}

/* INPUT's text in [b, e), its white space runs made one space, at most
   `max` bytes (then "..."). */
static char *snippet_of(const Tool *t, size_t b, size_t e, size_t max)
{
    Buf out = { 0 };
    bool space = false;
    for (size_t i = b; i < e && i < t->src.len; i++) {
        char c = t->src.text[i];
        bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (ws) {
            space = out.len > 0;
            continue;
        }
        if (space)
            buf_puts(&out, " ");
        space = false;
        if (out.len >= max) {
            buf_puts(&out, "...");
            break;
        }
        buf_put(&out, &c, 1);
    }
    return buf_done(&out);
}

static char *snippet(const Report *r, size_t b, size_t e, size_t max)
{
    return snippet_of(r->t, b, e, max);
}

/* What suspends at yield y: `yield X`, `yield from X`, `yield`, X cut
   after `max` bytes.  (graph.c's labels too.) */
char *yield_text(const Tool *t, const Yield *y, size_t max)
{
    const YieldTok *tk = y->tok;
    if (tk->bare)
        return "yield";
    return yc_format("yield %s%s", tk->is_from ? "from " : "", snippet_of(t, tk->operand_begin, tk->operand_end, max));
}

static char *what_suspends(const Report *r, const Yield *y)
{
    return yield_text(r->t, y, 40);
}

static const char *kind_of_yield(const Yield *y)
{
    return y->tok->is_from ? "yield from" : y->tok->bare ? "bare yield" : "yield";
}

static char *temp_source(const Report *r, const XNode *x)
{
    unsigned line = line_of(r, x->begin);
    if (x->kind == X_YIELD && x->tok->is_from)
        return yc_format("the result of '%s', line %u (state %d), kept over a suspension", what_suspends(r, x), line,
                         x->state);
    if (x->kind == X_YIELD)
        return yc_format("the value sent to '%s', line %u (state %d), kept over a suspension", what_suspends(r, x),
                         line, x->state);
    return yc_format("the value of a '%s', line %u, kept over a suspension",
                     x->kind == X_AND ? "&&" : x->kind == X_OR ? "||" : x->kind == X_COND ? "?:" : ",", line);
}

static char *sub_source(const Report *r, const XNode *y)
{
    char *what = yc_format("'%s', line %u (state %d)", what_suspends(r, y), line_of(r, y->begin), y->state);
    switch (y->sub_frame) {
    case SUB_EMBEDDED:
        return yc_format("the sub-generator of %s: its frame", what);
    case SUB_ALLOCATED:
        if (y->sub_chained && r->g->frame.chain_scratch)
            return yc_format("the sub-generator of %s: its frame from YC_ALLOC (recursive) once it suspends; it "
                             "starts in the step's spare", what);
        return yc_format("the sub-generator of %s: its frame from YC_ALLOC (recursive)", what);
    case SUB_GIVEN:
        break;
    }
    return yc_format("the generator delegated to by %s", what);
}

static char *var_source(const Report *r, const Var *v)
{
    const char *how = v->storage == ST_FRAME ? "in the frame" : "copied";
    if (v->local_type)
        return yc_format("%s '%s', line %u (%s), as bytes: its type '%s' is declared in the body",
                         v->is_param ? "parameter" : "local", v->name, line_of(r, v->name_off), how, v->type);
    return yc_format("%s '%s', line %u (%s)", v->is_param ? "parameter" : "local", v->name, line_of(r, v->name_off),
                     how);
}

static void add_row(Report *r, Row row)
{
    row.slot = slot_of(&r->lay, row.name);
    vec_push(&r->rows, row);
}

/* The report's fields: the state, the ABI member if the target has it,
   then plan's fields in plan's order; plan's groups numbered in order. */
static void plan_rows(Report *r)
{
    Gen *g = r->g;
    const Frame *fr = &g->frame;
    r->rows.len = 0;
    int n = g->yields.len;
    add_row(r, (Row){ "yc_state", "state",
                      n ? yc_format("the state: 0 not started, %s%d suspended there, %u running, %u done",
                                    n > 1 ? "1.." : "", n, fr->state_max - 1, fr->state_max)
                        : yc_format("the state: 0 not started, %u running, %u done", fr->state_max - 1, fr->state_max),
                      NULL, (size_t)-1, NULL, 0, NULL });
    if (fr->return_in_memory && slot_of(&r->lay, "yc_in_memory"))
        add_row(r, (Row){ "yc_in_memory", "abi",
                          "YC__RETURN_IN_MEMORY: misaligned, so the frame is returned through memory (yieldc.h)",
                          NULL, (size_t)-1, NULL, 0, NULL });
    int last_plan_group = 0, group = 0;
    for (int i = 0; i < fr->fields.len; i++) {
        const Field *f = &fr->fields.items[i];
        Row row = { .at = (size_t)-1 };
        switch (f->kind) {
        case F_VALUE:
            row = (Row){ "yc_value", "value", "the last value yielded", NULL, (size_t)-1, NULL, 0, NULL };
            break;
        case F_RESULT:
            row = (Row){ "yc_result", "result", "the value returned", NULL, (size_t)-1, NULL, 0, NULL };
            break;
        case F_SENT:
            row = (Row){ "yc_sent", "sent", "the value sent by yc_send", NULL, (size_t)-1, NULL, 0, NULL };
            break;
        case F_TOP:
            row = (Row){ "yc_top", "chain",
                         "yield from itself: the root's, the innermost frame, where the next resume goes; as a frame delegates, its sub",
                         NULL, (size_t)-1, NULL, 0, NULL };
            break;
        case F_PARENT:
            row = (Row){ "yc_parent", "chain", "yield from itself: a sub's, the frame that delegates to it, resumed when it ends",
                         NULL, (size_t)-1, NULL, 0, NULL };
            break;
        case F_TEMP:
            row = (Row){ f->node->temp, "temporary", temp_source(r, f->node), NULL, f->node->begin, NULL, 0, NULL };
            break;
        case F_SUB:
            row = (Row){ f->node->sub_field, "sub-generator", sub_source(r, f->node), NULL, f->node->begin, NULL, 0,
                         NULL };
            break;
        case F_LITERAL:
            row = (Row){ f->lit->field, "literal",
                         yc_format("the compound literal '%s', line %u: its address is used after a yield",
                                   snippet(r, f->lit->begin, f->lit->end, 40), line_of(r, f->lit->begin)),
                         NULL, f->lit->begin, NULL, 0, NULL };
            break;
        case F_VAR:
            row = (Row){ f->var->field, f->var->is_param ? "parameter" : "local", var_source(r, f->var), f->var,
                         f->var->name_off, NULL, 0, NULL };
            break;
        }
        if (f->group && f->group != last_plan_group)
            group++;
        last_plan_group = f->group;
        if (f->group) {
            row.group = group;
            row.group_kind = f->kind == F_SUB ? "sub-generators of 'yield from', one alive at a time"
                                              : "locals never kept across the same yield";
        }
        add_row(r, row);
    }
}

/* Does the compiler's struct hold exactly plan's fields, plan's groups as
   its unions?  Else the report would not be the frame: an internal error. */
static bool rows_match(Report *r)
{
    const char *gname = r->g->def->name;
    for (int i = 0; i < r->rows.len; i++) {
        Row *row = &r->rows.items[i];
        if (!row->slot || row->slot->offset < 0 || row->slot->size < 0) {
            fprintf(stderr, "yieldc: internal error: the compiled frame of '%s' has no field '%s' (%s)\n", gname,
                    row->name, first_error(r->tu));
            return false;
        }
        row->slot->used = true;
        const Row *prev = i ? &r->rows.items[i - 1] : NULL;
        bool same = prev && prev->group && prev->group == row->group;
        bool same_box = prev && row->slot->in_union && prev->slot->in_union == row->slot->in_union;
        if ((row->group > 0) != (row->slot->in_union > 0) || same != same_box) {
            fprintf(stderr, "yieldc: internal error: field '%s' of the frame of '%s' is not in the union planned\n",
                    row->name, gname);
            return false;
        }
    }
    for (int i = 0; i < r->lay.slots.len; i++)
        if (!r->lay.slots.items[i].used) {
            fprintf(stderr, "yieldc: internal error: the frame of '%s' has a field '%s' that plan did not make\n",
                    gname, r->lay.slots.items[i].name);
            return false;
        }
    return true;
}

static bool read_layout(Report *r)
{
    Gen *g = r->g;
    const char *name = g->def->name;
    CXCursor *c = map_get(&r->structs.by_name, hash_str(name), cursor_named, name);
    r->lay = (Layout){ .by_name = r->lay.by_name };
    map_clear(&r->lay.by_name);
    if (!c) {
        fprintf(stderr, "yieldc: internal error: the output declares no 'struct %s' (%s)\n", name, first_error(r->tu));
        return false;
    }
    r->lay.type = clang_getCursorType(*c);
    r->lay.size = clang_Type_getSizeOf(r->lay.type);
    r->lay.align = clang_Type_getAlignOf(r->lay.type);
    if (r->lay.size < 0 || r->lay.align < 0) {
        fprintf(stderr, "yieldc: internal error: 'struct %s' of the output has no layout (%s)\n", name,
                first_error(r->tu));
        return false;
    }
    Reader rd = { &r->lay, 0 };
    clang_visitChildren(*c, visit_member, &rd);
    plan_rows(r);
    return rows_match(r);
}

/* ---- the items at the top of the struct: a field, or a union ---- */

typedef struct Item {
    int first, last;        /* rows [first, last] */
    long long offset, size;
    bool is_union;
} Item;

typedef VEC(Item) ItemVec;

static ItemVec top_items(Report *r)
{
    ItemVec items = { 0 };
    for (int i = 0; i < r->rows.len;) {
        Row *row = &r->rows.items[i];
        Item it = { i, i, row->slot->offset, row->slot->size, false };
        if (row->group) {
            while (it.last + 1 < r->rows.len && r->rows.items[it.last + 1].group == row->group)
                it.last++;
            const Box *bx = &r->lay.boxes.items[row->slot->in_union - 1];
            it = (Item){ i, it.last, bx->offset, bx->size, true };
        }
        vec_push(&items, it);
        i = it.last + 1;
    }
    return items;
}

/* The hole before item k (the bytes between the end of the one before and
   its offset); the padding is after the last. */
static long long hole_before(const ItemVec *items, int k)
{
    if (k == 0)
        return items->items[0].offset;
    const Item *p = &items->items[k - 1];
    long long h = items->items[k].offset - (p->offset + p->size);
    return h > 0 ? h : 0;
}

static long long padding_after(const Report *r, const ItemVec *items)
{
    if (!items->len)
        return r->lay.size;
    const Item *p = &items->items[items->len - 1];
    long long pad = r->lay.size - (p->offset + p->size);
    return pad > 0 ? pad : 0;
}

/* Which variables are kept across yield y: those plan copies out and in
   around it (y->live), and those living in the frame that are in scope
   there (plan put them in the frame for their whole life). */
static bool in_scope(const Var *v, size_t off)
{
    return off >= v->decl_end && off >= v->scope_begin && off < v->scope_end;
}

static VarVec kept_at(const Gen *g, const Yield *y)
{
    VarVec kept = { 0 };
    for (int i = 0; i < g->vars.len; i++) {
        Var *v = g->vars.items[i];
        bool copied = false;
        for (int k = 0; k < y->live.len && !copied; k++)
            copied = y->live.items[k] == v;
        if (copied || (v->storage == ST_FRAME && in_scope(v, y->begin)))
            vec_push(&kept, v);
    }
    return kept;
}

static const char *sub_frame_name(SubFrame s)
{
    return s == SUB_EMBEDDED ? "embedded" : s == SUB_ALLOCATED ? "allocated" : "given";
}

/* ---- text ---- */

/* A member as pahole prints it: the type, then the name with what C puts
   after it (`[4]`, `(*name)(int)`). */
static void split_decl(const char *type, const char *name, char **head, char **tail)
{
    const char *paren = strstr(type, "(*");
    const char *bracket = strchr(type, '[');
    if (paren) {
        const char *close = strchr(paren, ')');
        size_t n = (size_t)(paren - type);
        while (n && type[n - 1] == ' ')
            n--;
        *head = yc_strndup(type, n);
        *tail = close ? yc_format("%.*s%s%s", (int)(close - paren), paren, name, close) : yc_strdup(name);
        return;
    }
    if (bracket) {
        size_t n = (size_t)(bracket - type);
        while (n && type[n - 1] == ' ')
            n--;
        *head = yc_strndup(type, n);
        *tail = yc_format("%s%s", name, bracket);
        return;
    }
    *head = yc_strdup(type);
    *tail = yc_strdup(name);
}

typedef struct Cols {
    int type, name;
} Cols;

/* The type of a row as printed: with the alignment the frame's field was
   declared with, if any (a local's _Alignas, or that of one kept as bytes). */
static char *head_of(const Row *row, char **tail)
{
    char *head;
    split_decl(row->slot->type, row->name, &head, tail);
    const Var *v = row->var;
    if (v && v->align_spec)
        return yc_format("%s %s", v->align_spec, head);
    if (v && v->local_type)
        return yc_format("_Alignas(%lld) %s", v->align, head);
    return head;
}

static void text_member(Report *r, const Row *row, int depth, Cols cols)
{
    char *tail, *head = head_of(row, &tail);
    char *decl = yc_format("%s;", tail);
    int tw = cols.type - 8 * (depth - 1);
    buf_printf(r->b, "%.*s%-*s %-*s /* %5lld %5lld */  /* %s", depth, "\t\t\t\t", tw > 1 ? tw : 1, head, cols.name,
               decl, row->slot->offset, row->slot->size, row->source);
    buf_puts(r->b, " */\n");
}

static Cols columns(Report *r)
{
    Cols c = { 26, 21 };
    for (int i = 0; i < r->rows.len; i++) {
        const Row *row = &r->rows.items[i];
        char *tail, *head = head_of(row, &tail);
        int depth = row->group ? 2 : 1;
        int tw = (int)strlen(head) + 8 * (depth - 1);
        if (tw > c.type)
            c.type = tw;
        if ((int)strlen(tail) + 1 > c.name)
            c.name = (int)strlen(tail) + 1;
    }
    return c;
}

static void text_cacheline(Report *r, long long offset, long long *next)
{
    if (offset < *next)
        return;
    long long line = offset / 64, boundary = line * 64;
    if (offset == boundary)
        buf_printf(r->b, "\t/* --- cacheline %lld boundary (%lld bytes) --- */\n", line, boundary);
    else
        buf_printf(r->b, "\t/* --- cacheline %lld boundary (%lld bytes) was %lld bytes ago --- */\n", line, boundary,
                   offset - boundary);
    *next = boundary + 64;
}

static void text_frame(Report *r)
{
    Gen *g = r->g;
    GenDecl *d = g->def;
    ItemVec items = top_items(r);
    Cols cols = columns(r);
    buf_printf(r->b, "/* %s:%u: generator %s: yields %s%s%s, returns %s */\n", r->t->src.path, line_of(r, d->name_off),
               d->name, d->ytype, d->stype ? ", sent " : "", d->stype ? d->stype : "", d->rtype);
    buf_printf(r->b, "struct %s {\n", d->name);
    long long holes = 0, sum_holes = 0, sum_members = 0, next_line = 64;
    for (int k = 0; k < items.len; k++) {
        const Item *it = &items.items[k];
        long long hole = hole_before(&items, k);
        if (hole && k) {
            buf_printf(r->b, "\n\t/* XXX %lld byte%s hole, try to pack */\n\n", hole, hole == 1 ? "" : "s");
            holes++;
            sum_holes += hole;
        }
        text_cacheline(r, it->offset, &next_line);
        sum_members += it->size;
        if (!it->is_union) {
            text_member(r, &r->rows.items[it->first], 1, cols);
            continue;
        }
        const Row *first = &r->rows.items[it->first];
        buf_printf(r->b, "\tunion {  /* shared storage: %s */\n", first->group_kind);
        for (int i = it->first; i <= it->last; i++)
            text_member(r, &r->rows.items[i], 2, cols);
        buf_printf(r->b, "\t%-*s /* %5lld %5lld */\n", cols.type + 1 + cols.name, "};", it->offset, it->size);
    }
    long long pad = padding_after(r, &items);
    buf_printf(r->b, "\n\t/* size: %lld, cachelines: %lld, members: %d */\n", r->lay.size, (r->lay.size + 63) / 64,
               items.len);
    if (holes)
        buf_printf(r->b, "\t/* sum members: %lld, holes: %lld, sum holes: %lld */\n", sum_members, holes, sum_holes);
    if (pad)
        buf_printf(r->b, "\t/* padding: %lld */\n", pad);
    if (r->lay.size % 64)
        buf_printf(r->b, "\t/* last cacheline: %lld bytes */\n", r->lay.size % 64);
    buf_printf(r->b, "};\t/* sizeof(struct %s) == %lld, _Alignof == %lld */\n", d->name, r->lay.size, r->lay.align);
}

static void text_resume_points(Report *r)
{
    Gen *g = r->g;
    const char *name = g->def->name;
    if (!g->yields.len) {
        buf_printf(r->b, "\n/* %s: no resume points (its first yc_next runs it to the end) */\n", name);
        return;
    }
    buf_printf(r->b, "\n/* %s: %d resume point%s: the state's value there, where, what suspends; the variables kept "
                     "across it */\n", name, g->yields.len, g->yields.len == 1 ? "" : "s");
    int wwhat = 12, wwhere = 8;
    for (int k = 0; k < g->yields.len; k++) {
        const Yield *y = g->yields.items[k];
        int n = (int)strlen(what_suspends(r, y));
        int m = snprintf(NULL, 0, "%u:%u", line_of(r, y->tok->kw), column_of(r, y->tok->kw));
        wwhat = n > wwhat ? n : wwhat;
        wwhere = m > wwhere ? m : wwhere;
    }
    buf_printf(r->b, "\t%-5s  %-*s  %-*s  %s\n", "state", wwhere, "line:col", wwhat, "suspends at", "kept across it");
    for (int k = 0; k < g->yields.len; k++) {
        const Yield *y = g->yields.items[k];
        char *where = yc_format("%u:%u", line_of(r, y->tok->kw), column_of(r, y->tok->kw));
        buf_printf(r->b, "\t%-5d  %-*s  %-*s  ", y->state, wwhere, where, wwhat, what_suspends(r, y));
        VarVec kept = kept_at(g, y);
        for (int i = 0; i < kept.len; i++) {
            const Var *v = kept.items[i];
            bool twice = false;   /* two kept variables of the same name: say which */
            for (int j = 0; j < kept.len; j++)
                twice |= j != i && !strcmp(kept.items[j]->name, v->name);
            buf_printf(r->b, "%s%s", i ? ", " : "", v->name);
            if (twice)
                buf_printf(r->b, "@%u", line_of(r, v->name_off));
            if (v->storage == ST_FRAME)
                buf_puts(r->b, " (in the frame)");
        }
        if (!kept.len)
            buf_puts(r->b, "-");
        if (y->tok->is_from)
            buf_printf(r->b, "; sub-generator %s: %s", y->sub_field, sub_frame_name(y->sub_frame));
        if (y->advance)
            buf_printf(r->b, "; runs its loop's '%s' before suspending", y->advance->inc_text);
        buf_puts(r->b, "\n");
    }
    if (g->start_at)
        buf_printf(r->b, "\t(the first yc_next goes to state %d's resumption: the constructor sets what its loop's "
                         "first clause would)\n", g->start_at->state);
}

/* ---- JSON ---- */

static void json_row(Report *r, const Row *row)
{
    Buf *b = r->b;
    buf_puts(b, "{\"name\": ");
    buf_json_str(b, row->name);
    buf_puts(b, ", \"kind\": ");
    buf_json_str(b, row->kind);
    buf_puts(b, ", \"source\": ");
    buf_json_str(b, row->source);
    buf_puts(b, ", \"variable\": ");
    buf_json_str(b, row->var ? row->var->name : NULL);
    if (row->at != (size_t)-1)
        buf_printf(b, ", \"line\": %u", line_of(r, row->at));
    else
        buf_puts(b, ", \"line\": null");
    buf_puts(b, ", \"storage\": ");
    buf_json_str(b, !row->var ? NULL : row->var->storage == ST_FRAME ? "frame" : "copied");
    buf_puts(b, ", \"type\": ");
    buf_json_str(b, row->slot->type);
    buf_printf(b, ", \"offset\": %lld, \"size\": %lld, \"group\": ", row->slot->offset, row->slot->size);
    if (row->group)
        buf_printf(b, "%d}", row->group);
    else
        buf_puts(b, "null}");
}

static void json_frame(Report *r, bool first)
{
    Gen *g = r->g;
    GenDecl *d = g->def;
    Buf *b = r->b;
    ItemVec items = top_items(r);
    buf_puts(b, first ? "\n    {\n" : ",\n    {\n");
    buf_puts(b, "      \"name\": ");
    buf_json_str(b, d->name);
    buf_printf(b, ",\n      \"line\": %u,\n      \"yield_type\": ", line_of(r, d->name_off));
    buf_json_str(b, d->ytype);
    buf_puts(b, ",\n      \"send_type\": ");
    buf_json_str(b, d->stype);
    buf_puts(b, ",\n      \"result_type\": ");
    buf_json_str(b, d->rtype);
    buf_printf(b, ",\n      \"size\": %lld,\n      \"align\": %lld,\n", r->lay.size, r->lay.align);
    buf_puts(b, "      \"states\": {\"start\": 0, \"start_goes_to\": ");
    if (g->start_at)
        buf_printf(b, "%d", g->start_at->state);
    else
        buf_puts(b, "null");
    buf_puts(b, ", \"resume\": [");
    for (int k = 0; k < g->yields.len; k++)
        buf_printf(b, "%s%d", k ? ", " : "", g->yields.items[k]->state);
    buf_printf(b, "], \"running\": %u, \"done\": %u},\n", g->frame.state_max - 1, g->frame.state_max);
    buf_puts(b, "      \"fields\": [");
    for (int i = 0; i < r->rows.len; i++) {
        buf_puts(b, i ? ",\n        " : "\n        ");
        json_row(r, &r->rows.items[i]);
    }
    buf_puts(b, r->rows.len ? "\n      ],\n" : "],\n");
    buf_puts(b, "      \"groups\": [");
    int ngroups = 0;
    for (int k = 0; k < items.len; k++) {
        const Item *it = &items.items[k];
        if (!it->is_union)
            continue;
        const Row *row = &r->rows.items[it->first];
        buf_printf(b, "%s{\"group\": %d, \"kind\": ", ngroups++ ? ",\n        " : "\n        ", row->group);
        buf_json_str(b, row->kind[0] == 's' ? "sub-generators" : "locals");
        buf_puts(b, ", \"why\": ");
        buf_json_str(b, row->group_kind);
        buf_printf(b, ", \"offset\": %lld, \"size\": %lld, \"fields\": [", it->offset, it->size);
        for (int i = it->first; i <= it->last; i++) {
            buf_puts(b, i > it->first ? ", " : "");
            buf_json_str(b, r->rows.items[i].name);
        }
        buf_puts(b, "]}");
    }
    buf_puts(b, ngroups ? "\n      ],\n" : "],\n");
    buf_puts(b, "      \"holes\": [");
    int nholes = 0;
    for (int k = 1; k < items.len; k++) {
        long long h = hole_before(&items, k);
        const Item *p = &items.items[k - 1];
        if (h)
            buf_printf(b, "%s{\"offset\": %lld, \"size\": %lld}", nholes++ ? ", " : "", p->offset + p->size, h);
    }
    buf_printf(b, "],\n      \"padding\": %lld,\n", padding_after(r, &items));
    buf_puts(b, "      \"resume_points\": [");
    for (int k = 0; k < g->yields.len; k++) {
        const Yield *y = g->yields.items[k];
        buf_printf(b, "%s{\"state\": %d, \"kind\": ", k ? ",\n        " : "\n        ", y->state);
        buf_json_str(b, kind_of_yield(y));
        buf_printf(b, ", \"line\": %u, \"column\": %u, \"suspends\": ", line_of(r, y->tok->kw), column_of(r, y->tok->kw));
        buf_json_str(b, what_suspends(r, y));
        buf_puts(b, ", \"sub\": ");
        if (y->tok->is_from) {
            buf_puts(b, "{\"generator\": ");
            buf_json_str(b, y->sub_name);
            buf_puts(b, ", \"frame\": ");
            buf_json_str(b, sub_frame_name(y->sub_frame));
            buf_puts(b, ", \"field\": ");
            buf_json_str(b, y->sub_field);
            buf_puts(b, "}");
        } else {
            buf_puts(b, "null");
        }
        buf_puts(b, ", \"runs_first\": ");
        if (y->advance) {
            buf_json_str(b, y->advance->inc_text);
        } else {
            buf_puts(b, "null");
        }
        buf_puts(b, ", \"kept\": [");
        VarVec kept = kept_at(g, y);
        for (int i = 0; i < kept.len; i++) {
            const Var *v = kept.items[i];
            buf_puts(b, i ? ", {\"name\": " : "{\"name\": ");
            buf_json_str(b, v->name);
            buf_printf(b, ", \"line\": %u, \"field\": ", line_of(r, v->name_off));
            buf_json_str(b, v->field);
            buf_puts(b, ", \"storage\": ");
            buf_json_str(b, v->storage == ST_FRAME ? "frame" : "copied");
            buf_puts(b, "}");
        }
        buf_puts(b, "]}");
    }
    buf_puts(b, g->yields.len ? "\n      ]\n    }" : "]\n    }");
}

/* ---- the run ---- */

static CXTranslationUnit parse_output(Tool *t, const Buf *c_out)
{
    int n = 0;
    const char **args = yc_alloc(((size_t)t->nclang_args + 8) * sizeof *args);
    for (int i = 0; i < t->nclang_args; i++)
        args[n++] = t->clang_args[i];
    args[n++] = "-I";
    args[n++] = t->runtime_dir;
    args[n++] = "-w";   /* the layout is all this parse is for */
    struct CXUnsavedFile file = { t->clang_path, c_out->data ? c_out->data : "", (unsigned long)c_out->len };
    CXTranslationUnit tu = NULL;
    enum CXErrorCode rc = clang_parseTranslationUnit2(t->cx_index, t->clang_path, args, n, &file, 1,
                                                      CXTranslationUnit_SkipFunctionBodies, &tu);
    if (rc != CXError_Success) {
        fprintf(stderr, "%s: error: clang could not parse the output to lay out its frames (libclang error %d)\n",
                t->src.path, rc);
        return NULL;
    }
    return tu;
}

static char *target_of(CXTranslationUnit tu)
{
    CXTargetInfo ti = clang_getTranslationUnitTargetInfo(tu);
    char *triple = ti ? cx_take(clang_TargetInfo_getTriple(ti)) : "unknown";
    if (ti)
        clang_TargetInfo_dispose(ti);
    return triple;
}

bool explain_file(Tool *t, const Buf *c_out, Buf *report, bool json)
{
    CXTranslationUnit tu = parse_output(t, c_out);
    if (!tu)
        return false;
    Report r = { .t = t, .b = report, .tu = tu, .structs = { .t = t } };
    clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_struct, &r.structs);
    char *target = target_of(tu);
    bool ok = true;
    if (json) {
        buf_puts(report, "{\n  \"file\": ");
        buf_json_str(report, t->src.path);
        buf_puts(report, ",\n  \"target\": ");
        buf_json_str(report, target);
        buf_puts(report, ",\n  \"generators\": [");
    } else {
        buf_printf(report, "/* yieldc --explain %s: the frames as laid out for %s.\n"
                           "   copied: a variable copied in and out of its field around the yields it is live\n"
                           "   across; in the frame: one that lives in its field, its uses rewritten. */\n",
                   t->src.path, target);
        if (!t->gens.len)
            buf_puts(report, "\n/* no generators */\n");
    }
    for (int i = 0; i < t->gens.len && ok; i++) {
        r.g = t->gens.items[i];
        ok = read_layout(&r);
        if (!ok)
            break;
        if (json) {
            json_frame(&r, i == 0);
        } else {
            buf_puts(report, "\n");
            text_frame(&r);
            text_resume_points(&r);
        }
    }
    if (json)
        buf_puts(report, t->gens.len ? "\n  ]\n}\n" : "]\n}\n");
    clang_disposeTranslationUnit(tu);
    return ok;
}

/*
** graph.c -- the report of --graph: each generator's states as a Graphviz
** digraph, one cluster per generator.  Its nodes are the start, each
** resume point (the state plan gave the yield: "yield X, line N", a
** `yield from` drawn with a double border and a dashed self-loop
** "delegates": resumed there, the sub-generator is stepped and may yield
** again), and done; its edges are the paths of the body between them
** that find_flow.c found (Gen.flow): from the start or a resume point to
** the resume points and the end it can reach with no other suspension
** between.  A resume point no path reaches is drawn dashed, "never
** reached".  Where find_flow.c could not follow a body (Gen.flow_unknown)
** every edge is drawn, dotted, and the cluster says so.
*/
#include "yc.h"

#include <string.h>

/* A DOT string's text: quotes and backslashes escaped. */
static void dot_text(Buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            buf_put(b, "\\", 1);
        buf_put(b, s, 1);
    }
}

/* The node of the start (-1), of yield k, or of the end (-2). */
static void node_id(Buf *b, const Gen *g, int k)
{
    if (k == -1)
        buf_printf(b, "\"%s.start\"", g->def->name);
    else if (k == -2)
        buf_printf(b, "\"%s.done\"", g->def->name);
    else
        buf_printf(b, "\"%s.%d\"", g->def->name, g->yields.items[k]->state);
}

static void edge(Buf *b, const Gen *g, int from, int to, const char *attrs)
{
    buf_puts(b, "\t\t");
    node_id(b, g, from);
    buf_puts(b, " -> ");
    node_id(b, g, to);
    buf_printf(b, "%s;\n", attrs);
}

static void graph_gen(Tool *t, const Gen *g, Buf *b)
{
    const char *name = g->def->name;
    int n = g->yields.len;
    bool *reached = yc_alloc((size_t)n + 1);
    for (int i = 0; i < g->flow.len; i++)
        if (g->flow.items[i].to >= 0)
            reached[g->flow.items[i].to] = true;
    buf_printf(b, "\n\tsubgraph \"cluster_%s\" {\n", name);
    buf_printf(b, "\t\tlabel=\"generator %s, line %u%s\";\n", name, source_line(&t->src, g->def->name_off),
               g->flow_unknown ? " (its paths could not be followed: every one drawn)" : "");
    buf_puts(b, "\t\t");
    node_id(b, g, -1);
    buf_puts(b, " [label=\"start\", shape=circle];\n");
    for (int k = 0; k < n; k++) {
        const Yield *y = g->yields.items[k];
        buf_puts(b, "\t\t");
        node_id(b, g, k);
        buf_puts(b, " [label=\"");
        dot_text(b, yield_text(t, y, 32));
        buf_printf(b, ", line %u\\n(state %d)%s\"", source_line(&t->src, y->tok->kw), y->state,
                   g->flow_unknown || reached[k] ? "" : "\\nnever reached");
        if (y->tok->is_from)
            buf_puts(b, ", peripheries=2");
        if (!g->flow_unknown && !reached[k])
            buf_puts(b, ", style=\"rounded,dashed\"");
        buf_puts(b, "];\n");
    }
    buf_puts(b, "\t\t");
    node_id(b, g, -2);
    buf_puts(b, " [label=\"done\", shape=doublecircle];\n");
    if (g->flow_unknown) {
        for (int from = -1; from < n; from++) {
            for (int to = 0; to < n; to++)
                edge(b, g, from, to, " [style=dotted]");
            edge(b, g, from, -2, " [style=dotted]");
        }
    } else {
        for (int i = 0; i < g->flow.len; i++) {
            const FlowEdge *e = &g->flow.items[i];
            edge(b, g, e->from, e->to < 0 ? -2 : e->to, "");
        }
    }
    for (int k = 0; k < n; k++)
        if (g->yields.items[k]->tok->is_from)
            edge(b, g, k, k, " [label=\"delegates\", style=dashed]");
    buf_puts(b, "\t}\n");
}

void graph_file(Tool *t, Buf *out)
{
    buf_puts(out, "/* yieldc --graph ");
    buf_puts(out, t->src.path);
    buf_puts(out, ": each generator's states (start, its resume points, done) and the paths of its\n"
                  "   body between them; a `yield from` (double border) delegates: resumed there, it steps\n"
                  "   its sub-generator, which may yield again.  Render with: dot -Tsvg */\n");
    buf_puts(out, "digraph \"");
    dot_text(out, t->src.path);
    buf_puts(out, "\" {\n");
    buf_puts(out, "\tgraph [fontname=\"Helvetica\", fontsize=11, labeljust=l];\n");
    buf_puts(out, "\tnode [fontname=\"Helvetica\", fontsize=10, shape=box, style=rounded];\n");
    buf_puts(out, "\tedge [fontname=\"Helvetica\", fontsize=9];\n");
    for (int i = 0; i < t->gens.len; i++)
        graph_gen(t, t->gens.items[i], out);
    buf_puts(out, "}\n");
}

/*
** notes.c -- the notes that come with one of clang's errors ("previous
** definition is here", "expanded from macro 'NAME'": libclang's child
** diagnostics), printed after it in the same FILE:LINE:COL: note: shape,
** at INPUT's own positions in the main file.
*/
#include "cx.h"

#include <string.h>

/* Where a note points: its file's text (INPUT's own for the main file,
   the offset mapped back from the parse view) and the place in it. */
typedef struct Place {
    const char *path, *text;
    size_t len, off;
    unsigned line, col;
    bool in_main;
} Place;

static bool place_of(Tool *t, CXSourceLocation loc, CXFile main_file, Place *p)
{
    CXFile file;
    unsigned off;
    clang_getFileLocation(loc, &file, &p->line, &p->col, &off);
    if (!file)
        return false;
    p->in_main = clang_File_isEqual(file, main_file);
    if (p->in_main) {
        p->path = t->src.path, p->text = t->src.text, p->len = t->src.len;
        p->off = view_to_source(&t->lx, off);
        return true;
    }
    p->path = cx_take(clang_getFileName(file));
    p->text = clang_getFileContents(t->cx_tu, file, &p->len);
    p->off = off;
    return p->text != NULL;
}

static void print_note(Tool *t, const Place *p, const char *msg)
{
    if (p->in_main) {
        note_at(&t->diag, p->off, "%s", msg);
        return;
    }
    size_t bol = p->off, eol = p->off;
    while (bol > 0 && p->text[bol - 1] != '\n')
        bol--;
    while (eol < p->len && p->text[eol] != '\n')
        eol++;
    diag_print(&t->diag, p->path, p->line, p->col, "note", msg, p->text + bol, eol - bol);
}

/* "to match this '('" at a yield: the parenthesis is the view's own
   (`yc__yield(`), and the one left open is in the yield's operand
   (`yield (a + 1;`): the first there that no `)` closes, or off. */
static size_t open_paren_of_yield(Tool *t, size_t off)
{
    const YieldTok *y = NULL;
    for (int i = 0; i < t->lx.yields.len && !y; i++)
        if (t->lx.yields.items[i]->kw == off)
            y = t->lx.yields.items[i];
    if (!y || y->is_from || !y->operand_end)
        return off;
    int first = tok_at_or_after(&t->lx, y->operand_begin), depth = 0, open = -1;
    for (int k = first; k < t->lx.ntoks && t->lx.toks[k].begin < y->operand_end; k++) {
        if (tok_is(t, &t->lx.toks[k], "(")) {
            if (depth++ == 0)
                open = k;
        } else if (tok_is(t, &t->lx.toks[k], ")") && depth > 0) {
            depth--;
        }
    }
    return depth > 0 && open >= 0 ? t->lx.toks[open].begin : off;
}

void notes_report(Tool *t, CXDiagnostic d, CXFile main_file)
{
    CXDiagnosticSet children = clang_getChildDiagnostics(d);
    unsigned n = clang_getNumDiagnosticsInSet(children);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic c = clang_getDiagnosticInSet(children, i);
        CXSourceLocation loc = clang_getDiagnosticLocation(c);
        Place p;
        const char *msg = cx_take(clang_getDiagnosticSpelling(c));
        /* the view's indirection of the runtime's macros (yieldc.h's
           YC__VIEW_next ...): the note of the API's own name says it */
        static const char view_macro[] = "expanded from macro 'YC__VIEW_";
        if (!strncmp(msg, view_macro, sizeof view_macro - 1))
            continue;
        if (clang_getDiagnosticSeverity(c) != CXDiagnostic_Note || !place_of(t, loc, main_file, &p))
            continue;
        if (p.in_main && !strcmp(msg, "to match this '('"))
            p.off = open_paren_of_yield(t, p.off);
        print_note(t, &p, msg);
    }   /* the set and its diagnostics belong to d */
}

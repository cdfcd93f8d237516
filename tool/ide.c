/*
** ide.c -- --ide-view: the parse view of INPUT for an editor's language
** server (yieldc-clangd).  clangd cannot parse `generator(...)` and
** `yield`; the view (lex.c) is C it can parse, in which callers see each
** generator's API.  This prints how the view differs from INPUT, as edits
** of INPUT's bytes, and the flags clang needs to parse it (the user's, the
** runtime's include directory, __YIELDC__ and the generators the file
** defines; no warning of a static generator declared and not defined), as
** JSON:
**
**   {"file": PATH, "args": [FLAG, ...],
**    "edits": [{"offset": N, "length": N, "text": TEXT}, ...]}
**
** The edits are in INPUT's order and do not overlap; "offset" and
** "length" count INPUT's bytes.  Only lex runs (and clang's parse when an
** #if branch is in or around a generator: main.c run_ide_view): an editor
** asks for this at every change, and a file being edited is rarely free
** of errors, so nothing is reported (clangd reports what it finds in the
** view), and a file lex cannot read gets no edits.
*/
#include "cx.h"

#include <ctype.h>
#include <string.h>

/* The flags to parse the view with (parse_args): the user's, then those
   the view needs besides (from pa->nuser on: the generators the file
   defines, __YIELDC__, the runtime's include directory), and no warning
   of a static generator the view declares and never defines. */
static void view_flags(Tool *t, ParseArgs *pa)
{
    parse_args(t, t->lx.view, t->lx.view_len, pa);
    const char **f = yc_alloc(((size_t)pa->nargs + 1) * sizeof *f);
    memcpy(f, pa->args, (size_t)pa->nargs * sizeof *f);
    f[pa->nargs++] = "-Wno-undefined-internal";
    pa->args = f;
}

/* --ide-cflags: the flags the view needs besides the user's, on one
   line, quoted for a POSIX shell where they need it. */
void ide_cflags(Tool *t, bool lexed, Buf *out)
{
    ParseArgs pa = { 0 };
    if (lexed)
        view_flags(t, &pa);
    const char **f = pa.args;
    for (int i = pa.nuser; i < pa.nargs; i++) {
        buf_puts(out, i > pa.nuser ? " " : "");
        if (!strcmp(f[i], "-I") && i + 1 < pa.nargs)
            buf_puts(out, f[i++]);      /* `-IDIR`, one word */
        bool plain = *f[i] != '\0';
        for (const char *c = f[i]; *c && plain; c++)
            plain = isalnum((unsigned char)*c) || strchr("-_=./:,+@%", *c);
        if (plain) {
            buf_puts(out, f[i]);
            continue;
        }
        buf_puts(out, "'");
        for (const char *c = f[i]; *c; c++)
            buf_puts(out, *c == '\'' ? "'\\''" : (char[]){ *c, 0 });
        buf_puts(out, "'");
    }
    buf_puts(out, "\n");
}

void ide_view(Tool *t, bool lexed, Buf *out)
{
    buf_puts(out, "{\"file\": ");
    buf_json_str(out, t->clang_path);
    buf_puts(out, ",\n \"args\": [");
    if (lexed) {
        ParseArgs pa;
        view_flags(t, &pa);
        for (int i = 0; i < pa.nargs; i++) {
            buf_puts(out, i ? ", " : "");
            buf_json_str(out, pa.args[i]);
        }
    }
    buf_puts(out, "],\n \"edits\": [");
    for (int i = 0; lexed && i < t->lx.nedits; i++) {
        size_t off, del, len;
        const char *ins;
        lex_edit_at(&t->lx, i, &off, &del, &ins, &len);
        buf_printf(out, "%s\n  {\"offset\": %zu, \"length\": %zu, \"text\": ", i ? "," : "", off, del);
        buf_json_strn(out, ins, len);
        buf_puts(out, "}");
    }
    /* At the end, where all of the file is declared: the frame allocator
       the file defines for recursive `yield from`s (YC_ALLOC, YC_FREE) is
       used by the output only; named here, so that clangd does not take
       its functions for unused (once per translation unit: a header may
       define generators too).  Not in yieldc's own parse: a file may
       declare them after including yieldc.h. */
    bool defines = false;
    for (int i = 0; lexed && i < t->lx.decls.len; i++)
        defines |= t->lx.decls.items[i]->body_end != 0;
    if (defines)
        buf_printf(out, ",\n  {\"offset\": %zu, \"length\": 0, \"text\": \"%s\"}", t->src.len,
                   "\\n#ifndef YC__VIEW_ALLOCATOR\\n#define YC__VIEW_ALLOCATOR"
                   "\\n#ifdef YC_ALLOC\\n__attribute__((unused)) static void *yc__view_alloc(void) { return YC_ALLOC(1); }\\n#endif"
                   "\\n#ifdef YC_FREE\\n__attribute__((unused)) static void yc__view_free(void *p) { YC_FREE(p); }\\n#endif"
                   "\\n#endif\\n");
    buf_puts(out, "]}\n");
}

/*
** yc.h -- the data that flows through yieldc's pipeline, one section per
** stage:  lex -> parse -> find -> plan -> emit.  Each stage reads what the
** stages before it made and calls none after it (docs/design.md).
**
**   lex    clang's lexer over INPUT: the generators and yields, and the
**          "parse view" (INPUT with `generator(...)` and `yield` rewritten
**          into plain C that clang can type-check)
**   parse  libclang over the parse view; clang's errors, mapped back to INPUT
**   find   facts: the AST of each generator, and what later stages need
**          of the text, copied into the structs below (after find, nothing
**          talks to libclang)
**   plan   decisions: where each variable lives, the frame's layout, the
**          rewrite list (fields marked "plan" below)
**   emit   the output text: it prints what find and plan handed on
**
** and the modules every stage may use: arena.c (memory), util.c (binary
** search, hash map), types.c (C types as text), diag.c (diagnostics).
** Every position is a byte offset into INPUT's text.
*/
#ifndef YC_H
#define YC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* The version, from CMakeLists.txt's project() (the generated code checks
   that yieldc.h is of the same version). */
#ifndef YC_VERSION
#define YC_VERSION "0.3.0"
#endif
#ifndef YC_VERSION_NUMBER
#define YC_VERSION_NUMBER 300
#endif

/* ---- arena.c: memory for the whole run, freed at once; growable text ---- */

void *yc_alloc(size_t n);                   /* zeroed; aborts when out of memory */
char *yc_strndup(const char *s, size_t n);
char *yc_strdup(const char *s);
char *yc_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void yc_arena_free(void);

/* Growable text, in the arena. */
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

bool buf_try_reserve(Buf *b, size_t n);    /* room for n more bytes; false if no memory */
void buf_put(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_json_str(Buf *b, const char *s);  /* a JSON string (null for NULL); bytes not UTF-8 as U+FFFD */
void buf_json_strn(Buf *b, const char *s, size_t n);   /* the same for n bytes, NULs included */
char *buf_text(const Buf *b);               /* NUL-terminated, "" if empty */
char *buf_done(Buf *b);                     /* the same, its room not used given back */
void buf_free(Buf *b);                      /* forgets the text */

/* A growable array, in the arena:  VEC(Var *) vars;  vec_push(&vars, v); */
#define VEC(T) struct { T *items; int len, cap; }
#define vec_push(v, x)                                                                              \
    ((void)((v)->len == (v)->cap ? ((v)->items = vec_grow((v)->items, (v)->len, &(v)->cap,         \
                                                           sizeof *(v)->items)) : 0),              \
     (void)((v)->items[(v)->len++] = (x)))
#define vec_reserve(v, n) ((v)->items = vec_room((v)->items, (v)->len, &(v)->cap, (n), sizeof *(v)->items))
/* Sorts v's items (an empty VEC has no array: qsort must not see NULL). */
#define vec_sort(v, cmp)                                                                            \
    ((v)->len > 1 ? qsort((v)->items, (size_t)(v)->len, sizeof *(v)->items, (cmp)) : (void)0)
void *vec_grow(void *items, int len, int *cap, size_t size);
void *vec_room(void *items, int len, int *cap, int n, size_t size);   /* room for n more */

/* A range of INPUT's text: [begin, end). */
typedef struct Span {
    size_t begin, end;
} Span;

typedef struct GenDecl GenDecl;
typedef struct YieldTok YieldTok;
typedef struct Gen Gen;
typedef struct Var Var;
typedef struct Ref Ref;
typedef struct XNode XNode;
typedef struct Stmt Stmt;
typedef struct Jump Jump;
typedef struct Literal Literal;
typedef struct CountedFor CountedFor;
typedef VEC(char *) StrVec;
typedef VEC(int) IntVec;
typedef VEC(size_t) OffVec;
typedef VEC(Span) SpanVec;
typedef VEC(GenDecl *) GenDeclVec;
typedef VEC(YieldTok *) YieldTokVec;
typedef VEC(Gen *) GenVec;
typedef VEC(Var *) VarVec;
typedef VEC(Ref *) RefVec;
typedef VEC(XNode *) XNodeVec;
typedef VEC(Stmt *) StmtVec;
typedef VEC(Jump *) JumpVec;
typedef VEC(Literal *) LiteralVec;

/* ---- util.c: binary search, one hash map ---- */

/* The first index in [0, n) at which `below` is false; `below` must be
   true on a prefix of the indexes and false after it.  (Inline, so that
   the compiler can inline `below` too: lookups of tokens are frequent.) */
static inline int lower_bound(int n, bool (*below)(const void *ctx, int i), const void *ctx)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (below(ctx, mid))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int lower_bound_size(const size_t *a, int n, size_t x);
bool in_spans(const SpanVec *spans, size_t off);    /* spans sorted, not overlapping */

uint64_t hash_mix(uint64_t x);
uint64_t hash_str(const char *s);
uint64_t hash_pair(uint64_t a, uint64_t b);

typedef struct MapSlot {
    uint64_t key;
    void *val;
    unsigned stamp;         /* the slot is used if this is the map's stamp */
} MapSlot;

/* From 64-bit keys (hashes, offsets, pointers) to pointers; zeroed is empty. */
typedef struct Map {
    MapSlot *slots;
    size_t cap, len;
    unsigned stamp;
} Map;

void map_clear(Map *m);
void map_put(Map *m, uint64_t key, void *val);
void *map_get(const Map *m, uint64_t key, bool (*match)(const void *val, const void *ctx), const void *ctx);

/* ---- types.c: C types as text ---- */

bool is_void(const char *type);             /* NULL (no type) or `void` */
char *unconst_type(const char *type);       /* `const int`, `char *const`: without that const */
char *declarator(const char *type, const char *name);         /* a type spelled by clang */
char *user_declarator(const char *type, const char *name);    /* a type from generator(...) */
char *user_type(const char *type);          /* ... as a function's return type */
char *view_type(const char *type);         /* a type from generator(...), as the parse view writes it */
void view_struct(Buf *b, const char *name, const char *ytype, const char *stype, const char *rtype);

/* ---- diag.c: `file:line:col: error: message`, the line, a caret ---- */

/* A piece of a Source's text that replaced a piece of its parent's: a
   macro invocation and what it expands to (expand.c). */
typedef struct SrcMap {
    Span here;              /* in this Source */
    Span parent;            /* in its parent */
    const char *macro;      /* the macro expanded */
    StrVec names;           /* the invocation's names (the macro's, its arguments'), as lexed */
} SrcMap;

/* A text the tool reads, and where its lines start. */
typedef struct Source {
    const char *path;       /* as given on the command line */
    const char *text;       /* the whole file, NUL-terminated */
    size_t len;
    size_t *newlines;       /* the offsets of its newlines (source_index_lines) */
    int nnewlines;
    const struct Source *parent;    /* the text this one was made from by expanding macros, or NULL */
    VEC(SrcMap) map;        /* the pieces that differ from the parent's, in order */
} Source;

void source_index_lines(Source *src);
unsigned source_line(const Source *src, size_t off);
size_t source_line_start(const Source *src, unsigned line);
size_t source_to_parent(const Source *src, size_t off, const char **macro);

typedef struct Held {       /* a diagnostic waiting for diag_release */
    size_t off;
    const char *severity;
    char *msg;
} Held;

/* The diagnostics about one Source (reported at the places in INPUT, the
   root of its chain of parents, that its offsets come from). */
/* A message and its notes in Diag.captured, at INPUT's line and column
   (0 elsewhere). */
typedef struct CapturedGroup {
    size_t begin, end;
    unsigned line, col;
} CapturedGroup;

typedef struct Diag {
    const Source *src;
    int errors;
    bool color;             /* ANSI colors, as clang's */
    bool silenced;          /* past the error limit: the rest are counted, not printed */
    bool holding;           /* the tool's own wait (diag_hold) */
    VEC(Held) held;
    bool *error_lines;      /* [line]: a held error was reported there */
    size_t error_lines_cap;
    bool capturing;         /* what would go to stderr waits in `captured` (diag_capture) */
    Buf captured;
    int captured_errors;
    VEC(CapturedGroup) groups;  /* in `captured`: a message and its notes */
} Diag;

void diag_init(Diag *d, const Source *src, bool color);
void diag_capture(Diag *d);
void diag_end_capture(Diag *d, bool print);
void error_at(Diag *d, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void note_at(Diag *d, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_print(Diag *d, const char *file, unsigned line, unsigned col, const char *severity,
                const char *msg, const char *line_text, size_t line_len);
void diag_hold(Diag *d);
void diag_discard_held(Diag *d);
void diag_release(Diag *d, bool (*drop)(size_t off, void *ctx), void *ctx);
bool diag_line_has_error(const Diag *d, unsigned line);

/* ---- lex.c: tokens, generators, yields, and the parse view ---- */

typedef enum { TK_PUNCT, TK_KEYWORD, TK_IDENT, TK_LITERAL, TK_COMMENT } TokKind;

typedef struct Tok {
    size_t begin, end;
    TokKind kind;
    bool in_directive;      /* part of a #define, #if, ... line */
    bool respelled;         /* INPUT spells it otherwise than C reads it: see tok_text */
    bool inactive;          /* in an inactive preprocessor branch (set by lex_again) */
} Tok;

/* A token's spelling that is not its text in INPUT. */
typedef struct Respelled {
    int tok;                /* its index in toks */
    char *text;
} Respelled;

struct YieldTok {
    size_t kw;              /* the `yield` token */
    size_t operand_begin, operand_end;  /* empty for a bare yield */
    bool bare;
    bool is_from;           /* `yield from X` */
    bool from_call;         /* ... where X is a call `name(...)`: a frame made in place */
    size_t parse_off;       /* where its call begins in the parse view */
    GenDecl *gen;
    bool reported;          /* an error about it was given */
};

/* One `generator(...)` declaration: a prototype or the definition. */
struct GenDecl {
    char *name;
    char *ytype, *stype, *rtype;    /* stype NULL without a send type */
    size_t kw;                      /* the `generator` token */
    size_t name_off;
    size_t params_begin, params_end;    /* `(...)`, parentheses included */
    size_t body_begin, body_end;    /* `{` and one past `}`; 0 for a prototype */
    size_t end;                     /* one past its `}` or `;` */
    bool is_static;                 /* (find) internal linkage: `static` here or on an earlier declaration,
                                       as written or through a macro */
    char *specifiers;               /* those after `generator(...)` (`static`, attributes), as written, with
                                       a space after each: the view's edit replaces their text and writes
                                       them first, as emit does */
    GenDecl *first_decl;            /* the first declaration of this name (itself if first) */
    GenDecl *definition;            /* on the first: the definition, once seen */
    size_t decl_begin;              /* (find) the declaration's first token (`static`...) */
    Gen *gen;                       /* (find) the generator it declares, if this file defines it */
    size_t api_in_input;            /* (find) offset + 1 of a declaration of INPUT's that its Y, S or R needs
                                       in another file (input_type_decl), 0 if none; which: api_what */
    const char *api_what;
    StrVec api_frames;              /* (find) the generators whose frames its Y, S or R are by value */
};

/* INPUT's own `#line N "FILE"` (or `# N "FILE"`): the lines after it are
   FILE's from N on (bison's, re2c's output). */
typedef struct LineDirective {
    unsigned line;          /* INPUT's line the directive is on */
    unsigned value;         /* N: the line after it is line N */
    const char *file;       /* FILE as the string literal writes it (escapes kept), or NULL */
} LineDirective;

typedef struct Lexed {
    Map by_name;            /* hash_str(name) -> first declaration */
    Tok *toks;
    int ntoks;
    int tok_hint;           /* the token tok_at_or_after found last: lookups mostly go forward */
    int edit_hint;          /* the same for view_to_source */
    GenDeclVec decls;       /* in source order */
    YieldTokVec yields;     /* in source order */
    StrVec yield_macros;    /* macros whose body says `yield` */
    StrVec generator_macros;    /* macros whose body says `generator(`, or names one of these */
    OffVec generator_macro_errors;  /* where one was invoked to declare a generator: refused */
    SpanVec refused_decls;  /* generators refused whole (old-style parameters, a declaration lex could not
                               read): clang's errors in them, and their yields, left out */
    Map defines;            /* hash_str(name) -> IntVec * of the `#` tokens of its #defines (defined_macros_named) */
    bool defines_indexed;
    char *view;             /* the parse view */
    size_t view_len;
    struct Edit *edits;     /* how the view differs from INPUT, by INPUT offset */
    int nedits, capedits;
    VEC(Respelled) respelled;   /* in token order */
    VEC(LineDirective) line_directives;     /* in active code, in order */
} Lexed;

typedef struct Tool Tool;
bool lex_file(Tool *t);
bool lex_again(Tool *t, const SpanVec *inactive);
void error_generator_macro(Tool *t, size_t at, const char *name);
unsigned presumed_line(const Tool *t, unsigned line, const char **file);
bool expansion_uses(Tool *t, Map *asked, const char *macro, size_t begin, size_t end, const char *name);
GenDecl *first_decl_named(const Tool *t, const char *name);
size_t view_to_source(Lexed *lx, size_t view_off);
bool view_inserted_at(Lexed *lx, size_t view_off, size_t *off);
bool yield_declared_at(const Tool *t, int k);      /* `int yield;`: a name, not yieldc's yield */   /* in text the view inserted; *off: where */
/* The i-th of lx->nedits edits, in INPUT's order: INPUT's bytes
   [*off, *off + *del) are *ins (*ins_len bytes) in the view. */
void lex_edit_at(const Lexed *lx, int i, size_t *off, size_t *del, const char **ins, size_t *ins_len);
int tok_at_or_after(Lexed *lx, size_t off);
void lex_ide_view(Tool *t);                /* the view an editor gets (--ide-view): see lex.c */
bool lex_branches_in_generators(Tool *t);  /* an #if inside a generator: some branch may be inactive */
const char *tok_text(const Tool *t, const Tok *tk, size_t *len);
bool tok_is(const Tool *t, const Tok *tk, const char *s);

/* ---- parse.c ---- */

/* A macro invoked in a generator's body (by its name in INPUT's text, not
   from another macro): expanded in place when something in it must be
   seen as text -- a yield, a cleanup attribute, a jump, __func__ ... */
typedef struct Invocation {
    size_t begin, end;      /* the macro's name to its closing `)` */
    char *name;
    bool expand;            /* requested by parse or find: see expand.c */
    bool runtime;           /* one of yieldc.h's own macros (yc_next, ...) */
    unsigned definition;    /* which #define of its name is in force there (clang's hash of it) */
} Invocation;

bool parse_view(Tool *t);
bool parse_inactive_in_generators(const Tool *t);
bool parse_report(Tool *t);
bool macro_invoked_at(const Tool *t, size_t off);
bool macro_named_between(const Tool *t, size_t begin, size_t end, const char *name);
Invocation *invocation_holding(const Tool *t, size_t off);
const char *api_macro_holding(const Tool *t, size_t outer, size_t off);
bool request_expansion(Tool *t, size_t off);
bool macro_quotes(Tool *t, const char *name);
void request_quoting_macros(Tool *t, size_t off);
bool request_expansion_around(Tool *t, size_t off);
bool expansion_requested(const Tool *t);
void refuse_unexpanded(Tool *t);
void defined_macros_named(Tool *t, const StrVec *names, StrVec *out);  /* lex.c */
enum { YC_EXPAND_ROUNDS = 4 };  /* rounds of reading the source, macros expanded between them */

/* ---- expand.c: macro invocations in generator bodies, expanded in place ---- */

bool expand_file(Tool *t, Source *out);
/* The runtime's macros a generator's body uses (yc_next, ...): their
   invocations are kept as written, arguments and all; NULL-terminated. */
extern const char *const yc_api_macros[];
bool is_api_macro(const char *name);

/* ---- find.c: generators as read off clang's AST ----
   Facts only: what the source says.  The fields marked (plan) are filled
   in by plan, the next stage, with its decisions. */

typedef enum { ST_LOCAL, ST_COPY, ST_FRAME } Storage;

struct Var {
    char *name;
    char *type;             /* clang's spelling of its type */
    int index;              /* its place in its generator's vars */
    size_t name_off;        /* its declarator's name */
    size_t decl_end;        /* end of its declarator, initializer included */
    size_t next_declarator; /* shares_stmt: past the `,` or `;` after its declarator */
    size_t init_begin, init_end;   /* its initializer, if any */
    bool init_is_list;      /* `= { ... }` or a string for an array */
    size_t stmt_begin, stmt_end;   /* the declaration statement, `;` included */
    size_t scope_begin, scope_end; /* the block (or `for`) it is visible in */
    bool is_param, has_init, addr_taken, is_array, is_const, is_volatile, is_bool;
    bool is_static, is_vla, has_cleanup, shares_stmt;
    size_t attr_begin, attr_end;    /* has_cleanup: what takes the attribute off (-1: cannot) */
    char *cleanup_fn;
    bool block_ends_in_jump;        /* has_cleanup: its block's last statement is a jump of its own */
    bool before_first_case; /* declared in a switch's body before its first label (never run) */
    bool written;           /* assigned, incremented or decremented after its declaration */
    bool track_writes;      /* a counted loop's counter (find_loop.c): writes, where */
    OffVec writes;          /* track_writes: where it is written from that loop on (its name; a macro's
                               invocation for one a macro writes) */
    bool local_type;        /* the frame cannot name its type (declared in the body, typeof, a const
                               member): it holds the variable as bytes */
    bool unassignable;      /* a struct or union with a const member */
    long long size, align;  /* of its type (negative if unknown: a VLA, an incomplete type) */
    bool in_macro_body;     /* named inside a macro's body */
    bool decays;            /* an array used other than by subscript or sizeof */
    bool in_for_init;       /* declared in the first clause of a `for` (its scope: the loop) */
    bool decls_only_before; /* its declaration statement opens its block or follows declarations only */
    bool decl_follows;      /* the next thing in its block is a declaration (of any kind) */
    bool for_in_macro;      /* in_for_init: that `for` is written by a macro */
    char *align_spec;       /* its `_Alignas(...)` or `__attribute__((aligned...))`, for its field */
    size_t type_decl;       /* where INPUT declares the struct, union or enum it holds by value; 0 if not here */
    size_t type_in_input;   /* offset + 1 of a declaration of INPUT's that its type needs in another file
                               (input_type_decl); 0 if none */
    char *frame_of;         /* the generator whose frame it holds by value (arrays of them too), or NULL */
    /* plan */
    Storage storage;        /* ST_LOCAL: not preserved over any yield */
    char *field;            /* its field in the frame */
    bool cleanup_by_tool;   /* its cleanup attribute is taken off, and the body calls the cleanup itself */
    bool keeps_c90;         /* its declaration statement, written in C90's order, becomes statements
                               (its yields' work, an assignment to the frame) and declarations: emit
                               opens a block before a declaration that would follow statements, closed
                               at its block's end (RW_CLOSE) */
};

/* Copied with memcpy, not by assignment: arrays, and values of types the
   frame cannot name. */
static inline bool by_bytes(const Var *v)
{
    return v->is_array || v->local_type;
}

/* A variable living in the frame whose declaration stays, under another
   name (yc_init_FIELD), and is copied into the frame: brace-initialized
   ones, those beside others in their declaration, and those whose type the
   frame cannot name (their field is bytes; the declaration names the type
   for their uses). */
static inline bool declared_renamed(const Var *v)
{
    return v->shares_stmt || v->init_is_list || v->local_type;
}

struct Ref {                /* a use of a variable */
    size_t off, len;        /* its name, to rewrite when it lives in the frame; -1: in a macro's body */
    size_t at;              /* where it happens (a macro's invocation, for those) */
    Var *var;
    bool named_by_macro;    /* its name is a macro's, invoked there (`#define k (k + 1)`) */
    bool macro_called;      /* that macro is function-like (`bump(3)`): yieldc's own code,
                               which never writes the name before `(`, does not invoke it */
    bool elsewhere;         /* off -1: in a file the body #includes, not a macro's body */
};

/*
** The parts of an expression that decide how a statement with yields is
** lowered: the yields themselves, and the operators that evaluate an
** operand only sometimes (`&&`, `||`, `?:`) or in order (`,`) when a yield
** sits in that operand.  Other operators are transparent: their text is
** kept, with the values of these nodes put in.
*/
typedef enum { X_YIELD, X_AND, X_OR, X_COND, X_COMMA } XKind;

/* Where a `yield from` finds the sub-generator's frame. */
typedef enum {
    SUB_EMBEDDED,           /* in this frame's union of sub-frames: `yield from f(...)` */
    SUB_ALLOCATED,          /* from YC_ALLOC: f can reach this generator again */
    SUB_GIVEN,              /* the generator object pointed to: `yield from p` */
} SubFrame;

struct XNode {
    XKind kind;
    size_t begin, end;
    Span parts[3];          /* its operands: yield: the value; a && b: a, b; c ? x : y: c, x, y */
    int nparts;
    XNodeVec kids;          /* inside its parts, in source order */
    int part;               /* which part of its parent holds it */
    XNode *parent;
    YieldTok *tok;          /* X_YIELD */
    int index;              /* X_YIELD: its place in its generator's yields */
    Stmt *stmt;             /* X_YIELD: the statement it belongs to */
    char *type;             /* X_COND: the type of the whole `?:` */
    bool local_type;        /* X_COND: the frame cannot name that type (declared in the body) */
    size_t type_in_input;   /* X_COND: the `?:`'s type; 'yield from': the sub's R: as Var.type_in_input */
    long long size, align;  /* X_COND: of that type */
    bool discarded;         /* X_YIELD: the left operand of a `,`: its value is unused */
    Var *assigns;           /* X_YIELD: `v = yield e`, the whole right operand of an assignment to v */
    size_t assigns_at;      /* where that assignment names v (its Ref's `at`) */
    Span assigns_in;        /* the full expression holding that assignment */
    /* yield from: the sub-generator */
    char *sub_name;         /* its generator (its frame is struct sub_name) */
    char *sub_rtype;        /* its result type */
    long long sub_rsize;    /* sizeof that type (negative if unknown) */
    bool sub_send;          /* it has a send type */
    /* plan */
    int state;              /* X_YIELD: its resume point */
    char *temp;             /* the frame field holding its value, if needed */
    int rewrite;            /* its RW_VALUE in the generator's rewrites */
    VarVec live;            /* X_YIELD: copied out and in around it */
    VarVec cleanups;        /* X_YIELD: with a cleanup in scope there (yc_close runs them) */
    Gen *sub_gen;           /* yield from: the sub's generator, if this file defines it */
    SubFrame sub_frame;
    char *sub_field;        /* the frame field of the sub-generator or pointer */
    bool sub_step_direct;   /* resumed by its __istep: made here, without S, defined here */
    bool sub_chained;       /* a recursive sub of this same generator, without S: run by the
                               step's loop over the chain of frames (YC__DEFINE_STEP_CHAIN) */
    CountedFor *advance;    /* X_YIELD: the counted `for` whose body it ends, whose increment it runs
                               before it suspends (plan_loop.c) */
};

typedef XNode Yield;

/* A loop whose test (condition or increment) holds a yield: the test
   must be evaluated, with its suspensions, on each iteration. */
typedef enum { LOOP_NONE, LOOP_WHILE, LOOP_DO, LOOP_FOR } LoopKind;

/* A statement that contains yields: the one a yield's evaluation belongs
   to (an expression's, a declaration, the `if`, `switch` or `return` whose
   operand holds it, or the loop whose test does). */
struct Stmt {
    size_t begin, end;      /* `;` or `}` included */
    bool is_decl;           /* a declaration: no braces may go around it */
    VarVec decls;           /* is_decl: those it declares, in order */
    size_t spec_end;        /* is_decl: where its declaration specifiers end */
    bool whole_is_yield;    /* `yield e;` on its own */
    XNode *only_value;      /* it is `(node);` and nothing else */
    LoopKind loop;
    Span init, cond, inc, body;     /* loop: its parts */
    bool cond_blank, inc_blank;     /* loop: the part is only white space */
    bool body_braced;       /* loop: its body is written `{ ... }` */
    bool body_case_first;   /* loop: its body begins with a `case` or `default` label */
    XNodeVec top;           /* not inside another, in source order */
    XNodeVec yields;        /* of kind X_YIELD, in source order */
    /* plan */
    int continue_label;     /* loop: the number of its `continue`s' label, 0 if none */
};

typedef enum { J_BREAK, J_CONTINUE, J_RETURN, J_GOTO } JumpKind;

static inline const char *jump_word(JumpKind k)
{
    static const char *const words[] = { [J_BREAK] = "break", [J_CONTINUE] = "continue",
                                         [J_RETURN] = "return", [J_GOTO] = "goto" };
    return words[k];
}

/* A jump: where lowered loops and cleanups of locals may need to change it. */
struct Jump {
    JumpKind kind;
    size_t begin, end;      /* the statement, `;` included */
    size_t target;          /* break, continue: the loop or switch; goto: the label */
    size_t value_begin, value_end;  /* return: its value, if any */
    bool from_macro;        /* spelled in a macro's body: cannot be changed */
    bool named_by_macro;    /* its keyword is a macro's name (`#define continue ...`) */
    /* plan */
    VarVec cleanups;        /* to run first, innermost first */
    Stmt *continue_to;      /* continue: the loop (with a label) it goes to */
};

/* A compound literal whose address may be used after a yield: it lives in
   the frame, copied there each time it is evaluated. */
struct Literal {
    size_t begin, end;
    char *type;             /* clang's spelling of its type */
    size_t type_in_input;   /* as Var.type_in_input */
    char *field;            /* plan */
};

/* A `for` whose increment steps an integer variable by one, `i++` or `--i`
** as its only tokens (find_loop.c note_counted_for): what plan_loop.c
** needs to decide whether the yield that ends its body may run that
** increment before suspending, and the generator start at that yield's
** resumption (docs/design.md, "Counted loops").
*/
struct CountedFor {
    size_t begin, end;      /* the statement (its extent: a braceless body's `;` left out) */
    Span inc;               /* the increment: its two tokens */
    char *inc_text;         /* their text, side by side (`i++`, whatever is between them) */
    Span body;              /* from the `)` of its head */
    Span last;              /* the body's last statement (the body itself if not a block) */
    Var *counter;
    bool no_overflow;       /* the step cannot overflow once the test passed: the counter's type is
                               unsigned or narrower than int, or the test is `counter < X` for `++`
                               (`counter > X` for `--`) with X of a type no wider and signed */
    bool entered_inside;    /* a label in its body, a `case` of a switch around it; an `asm`, code from
                               another file (an #include): what find cannot see (asked if no_overflow) */
    bool first_in_body;     /* the generator's body begins with it */
    bool inits_known;       /* its first clause declares integers, each initialized by a text the
                               constructor can write (find_loop.c plain_initializer): inits (asked if
                               no_overflow and first_in_body) */
    VarVec inits;
};
typedef VEC(CountedFor *) CountedForVec;

/* A name the body declares that is not a variable's (an enum constant, a
   typedef, a function): it hides a variable of that name from where it is
   declared to its block's end (find_var.c note_hider). */
typedef struct Hider {
    char *name;
    size_t at, scope_end;
} Hider;

/* plan: a field of the frame, after the state. */
typedef enum { F_VALUE, F_RESULT, F_SENT, F_TOP, F_PARENT, F_TEMP, F_SUB, F_LITERAL, F_VAR } FieldKind;

typedef struct Field {
    FieldKind kind;
    int group;              /* > 0: shares storage (a union) with the fields next to it of the same group */
    union {
        XNode *node;        /* F_TEMP, F_SUB */
        Literal *lit;       /* F_LITERAL */
        Var *var;           /* F_VAR */
    };
} Field;

/* plan: the frame's layout. */
typedef struct Frame {
    const char *state_type; /* the smallest unsigned type for the states */
    unsigned state_max;     /* the state when done; running is one less */
    bool return_in_memory;  /* YC__RETURN_IN_MEMORY in the state's padding */
    bool chain;             /* some `yield from` is sub_chained: yc_top and yc_parent link the
                               frames of the recursion, and the step loops over them */
    bool chain_scratch;     /* chain: a sub's first step runs in the step's spare frame, and the
                               frame moves to YC_ALLOC's only if it suspends (frame_movable) */
    const char *chain_link; /* chain: a chained sub's pointer field (all share one union) */
    VEC(Field) fields;      /* in order */
    GenVec embeds;          /* the generators whose frames it holds by value (subs made in place,
                               locals): their structs are written before its own */
    GenVec header_needs;    /* the frames the header from --header defines before it: embeds, and those its
                               Y, S, R or parameters are by value */
} Frame;

/* plan: a piece of a generator's body that is not copied as written (see
   docs/design.md, "The rewrite list").  At the same extent, the kind
   listed first is applied first; the others nest inside it. */
typedef enum {
    RW_STMT,                /* a statement with yields: its work, then itself */
    RW_DECL,                /* a declaration of variables that live in the frame */
    RW_WRAP,                /* a frame variable's initializer beside other declarators, also
                               assigned to the frame (outside the yield that is all of it) */
    RW_VALUE,               /* a node: its value */
    RW_RENAME,              /* a frame variable's name in a declaration that keeps it */
    RW_REF,                 /* a use of a frame variable */
    RW_INIT,                /* ` = yc_f->x` after a copied variable declared without one */
    RW_JUMP,                /* a jump that runs cleanups or continues a lowered loop */
    RW_ERASE,               /* text taken off: a cleanup attribute; a counted `for`'s increment, which
                               the yield that ends its body runs (Yield.advance) */
    RW_BLOCKEND,            /* the cleanups at a block's closing brace */
    RW_LITERAL,             /* a compound literal copied into the frame */
    RW_FUNCNAME,            /* `__func__` (or __FUNCTION__ ...): the generator's name */
    RW_SPLITFOR,            /* a `for` whose first clause declares a frame variable: that clause
                               goes before the loop, in a block around it */
    RW_CLOSE,               /* at a block's closing brace: the blocks emit opened in it to keep its
                               declarations first (Var.keeps_c90), closed; after RW_BLOCKEND there
                               (listed after it), so the cleanups name variables still in scope */
} RewriteKind;

typedef struct Rewrite {
    RewriteKind kind;
    size_t begin, end;      /* the text replaced; begin == end: inserted there */
    union {
        Stmt *stmt;         /* RW_STMT */
        XNode *node;        /* RW_VALUE */
        Var *var;           /* RW_DECL, RW_RENAME, RW_WRAP, RW_INIT, RW_ERASE, RW_BLOCKEND, RW_SPLITFOR */
        Ref *ref;           /* RW_REF */
        Jump *jump;         /* RW_JUMP */
        Literal *lit;       /* RW_LITERAL */
    };
    VarVec vars;            /* RW_DECL: its frame variables; RW_BLOCKEND: the cleanups, innermost first */
} Rewrite;

/* find_flow.c, for --graph only: a path of a generator's body that passes
   no suspension, from the start or from where a yield resumes, to a yield
   or to the end (a return, or falling off the end). */
typedef struct FlowEdge {
    int from;               /* a yield's index in the generator's yields; -1: the start */
    int to;                 /* a yield's index; -1: the end */
} FlowEdge;

/* A declaration statement of a generator's body: of variables, a typedef,
   a struct, union or enum, a _Static_assert (C90 puts them all before the
   block's statements: -Wdeclaration-after-statement). */
typedef struct DeclStmtSpan {
    size_t begin, end;      /* its text, its `;` included */
    size_t block;           /* its block's `{`; (size_t)-1: not directly in a block */
    bool decls_only_before; /* it opens its block or follows declarations only */
    bool decl_follows;      /* the next thing in its block is another declaration */
} DeclStmtSpan;

struct Gen {
    GenDecl *def;           /* the definition */
    GenDecl *first;         /* the first declaration (where the struct goes) */
    int index;              /* its place in the tool's gens */
    VarVec params;
    VarVec vars;            /* params first, in source order */
    RefVec refs;            /* every use of its variables */
    StmtVec stmts;          /* in source order */
    XNodeVec yields;        /* in source order of resumption */
    XNodeVec lazies;        /* the nodes of the other kinds */
    JumpVec jumps;
    LiteralVec literals;    /* compound literals whose address survives a yield */
    SpanVec loops;          /* the extents of loops */
    CountedForVec counted_fors; /* in source order */
    VEC(Hider) hiders;      /* in source order */
    VEC(DeclStmtSpan) decl_stmts;   /* in source order (find_var.c note_decl_order) */
    OffVec labels;          /* where labels are */
    SpanVec func_names;     /* `__func__` (or __FUNCTION__ ...) written in the body */
    XNodeVec froms;         /* the `yield from`s, in source order */
    long long ysize, rsize; /* sizeof Y and R (0 for void, negative if unknown) */
    VEC(FlowEdge) flow;     /* find_flow.c (--graph): by from, then to (the end last) */
    bool flow_unknown;      /* find_flow.c could not follow the body: any path may exist */
    /* plan */
    Frame frame;
    XNodeVec temps;         /* values kept in the frame over a suspension */
    bool has_cleanups;      /* a local with a cleanup lives across a yield */
    Yield *start_at;        /* the first step goes to this yield's resumption, not the body's top
                               (plan_loop.c): the constructor sets what its counted loop's first
                               clause would */
    VEC(Rewrite) rewrites;  /* sorted: by where they begin, the longer first, then by kind */
};

/* A file the parse read, other than INPUT. */
typedef struct FileRead {
    char *name;             /* as clang names it */
    bool system;            /* a system header */
} FileRead;

/* An #include line of INPUT, before its first generator. */
typedef struct Include {
    Span line;
    bool runtime;           /* it names yieldc.h */
} Include;

bool find_generators(Tool *t);
void find_flow(Tool *t);   /* Gen.flow, for --graph */

/* ---- plan.c, plan_frame.c, plan_rewrite.c, plan_loop.c: the decisions ---- */

void plan_generators(Tool *t);
Gen *gen_named(Tool *t, const char *name);
void plan_subs(Tool *t, Gen *g);
void plan_frame(Gen *g);
void plan_frames(Tool *t);
void plan_rewrites(Gen *g);
void plan_counted_fors(Gen *g);
bool jump_leaves(const Jump *j, const Var *v);

/* ---- emit*.c: the output text ---- */

void emit_file(Tool *t, Buf *out);
void emit_header(Tool *t, Buf *out, const char *path);

/* ---- explain.c, graph.c: the reports of --explain and --graph ----
   After plan, instead of emit's output: they print find's facts and plan's
   decisions, and decide nothing. */

typedef enum { REPORT_NONE, REPORT_EXPLAIN, REPORT_EXPLAIN_JSON, REPORT_GRAPH, REPORT_IDE_VIEW,
               REPORT_IDE_CFLAGS } ReportKind;
#define IS_IDE_REPORT(k) ((k) == REPORT_IDE_VIEW || (k) == REPORT_IDE_CFLAGS)

bool explain_file(Tool *t, const Buf *c_out, Buf *report, bool json);   /* c_out: emit's output, for the layout */
void ide_view(Tool *t, bool lexed, Buf *report);       /* --ide-view (ide.c): the view as edits of INPUT, JSON */
void ide_cflags(Tool *t, bool lexed, Buf *report);     /* --ide-cflags (ide.c): the flags the view needs */
void graph_file(Tool *t, Buf *out);
char *yield_text(const Tool *t, const XNode *y, size_t max);   /* `yield X`, `yield from X`, `yield` */

/* ---- main.c: the run ---- */

struct Tool {
    Source src;
    Diag diag;                  /* about src */
    const char *display_path;   /* in #line directives */
    const char *out_path;       /* the output's name, for the #line of generated code ("<stdout>") */
    const char *clang_path;     /* INPUT's absolute path, for libclang */
    bool no_line;
    const char **clang_args;
    int nclang_args;
    const char *runtime_dir;
    Lexed lx;
    SpanVec skipped;            /* parse: inactive preprocessor branches */
    SpanVec macro_generators;   /* parse: functions declared by a macro that writes generator(...),
                                   refused there: clang's errors in them are left out */
    bool includes_runtime;      /* parse: yieldc.h is included */
    VEC(FileRead) files_read;   /* parse: in the order clang opened them */
    VEC(Invocation) invocations;    /* parse: macros invoked in generator bodies, in order */
    void *quoting;              /* parse: macro_quotes's reading of the macro record, once a round */
    GenVec gens;                /* find: in source order of definitions */
    VEC(Include) includes;      /* find: in active code */
    void *cx_index, *cx_tu;     /* libclang, for parse and find only */
    ReportKind report;          /* --explain, --graph: print that instead of the output */
    bool flags_rejected;        /* parse: libclang made no translation unit of INPUT with the flags given (exit 2) */
    const char *header_path;    /* --header's file, absolute, or NULL (plan: the frames' types other files see;
                                   parse: INPUT's own header empty; deps: not a prerequisite) */
    const char *output_abs;     /* OUTPUT, absolute (deps: not a prerequisite); NULL for standard output */
    bool ide_included;          /* --ide-view=included: INPUT's yields are yieldc's (lex_ide_view) */
};

#endif

/*
** yc.h -- the data that flows through yieldc's pipeline, one section per
** stage:  lex -> parse -> find -> plan -> emit.
**
**   lex    clang's lexer over INPUT: the generators and yields, and the
**          "parse view" (INPUT with `generator(...)` and `yield` rewritten
**          into plain C that clang can type-check)
**   parse  libclang over the parse view; clang's errors, mapped back to INPUT
**   find   the AST of each generator, copied into the structs below
**          (after find, nothing talks to libclang)
**   plan   which variables live in the frame, field names, state numbers
**   emit   the output text
**
** Every position is a byte offset into INPUT's text.
*/
#ifndef YC_H
#define YC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* The version, from CMakeLists.txt's project() (the generated code checks
   that yieldc.h is of the same version). */
#ifndef YC_VERSION
#define YC_VERSION "0.2.0"
#endif
#ifndef YC_VERSION_NUMBER
#define YC_VERSION_NUMBER 200
#endif

/* ---- arena.c: memory for one run, freed at once; growable text ---- */

void *yc_alloc(size_t n);                   /* zeroed; aborts when out of memory */
char *yc_strndup(const char *s, size_t n);
char *yc_strdup(const char *s);
char *yc_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void yc_arena_adopt(void *p);               /* p, from malloc, is freed with the arena */
void yc_arena_free(void);

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

bool buf_try_reserve(Buf *b, size_t n);    /* room for n more bytes; false if no memory */
void buf_put(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_free(Buf *b);

/* A growable array of pointers. */
typedef struct Vec {
    void **items;
    int len, cap;
} Vec;

void vec_push(Vec *v, void *item);
void vec_sort(Vec *v, int (*cmp)(const void *, const void *));

/* ---- diag.c: `file:line:col: error: message`, the line, a caret ---- */

/* A piece of a Source's text that replaced a piece of its parent's: a
   macro invocation and what it expands to (expand.c). */
typedef struct SrcMap {
    size_t begin, end;                  /* here */
    size_t parent_begin, parent_end;    /* in the parent */
    const char *macro;                  /* the macro expanded */
} SrcMap;

typedef struct Source {
    const char *path;       /* as given on the command line */
    const char *text;       /* the whole file, NUL-terminated */
    size_t len;
    const struct Source *parent;    /* the text this one was made from by expanding macros, or NULL */
    const SrcMap *map;      /* the pieces that differ from the parent's, in order */
    int nmap;
} Source;

size_t source_to_parent(const Source *s, size_t off, const char **macro);
void diag_init(const Source *src);
void diag_capture(void);
void diag_end_capture(bool print);
void error_at(size_t off, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void note_at(size_t off, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_print(const char *file, unsigned line, unsigned col, const char *severity,
                const char *msg, const char *line_text, size_t line_len);
int diag_errors(void);
void diag_color(bool on);                  /* ANSI colors, as clang's */
void diag_hold(void);
void diag_discard_held(void);
void diag_release(bool (*drop)(size_t off, void *ctx), void *ctx);
bool diag_line_has_error(unsigned line);
unsigned line_of(size_t off);

/* ---- lex.c: tokens, generators, yields, and the parse view ---- */

typedef enum { TK_PUNCT, TK_KEYWORD, TK_IDENT, TK_LITERAL, TK_COMMENT } TokKind;

typedef struct Tok {
    size_t begin, end;
    TokKind kind;
    bool in_directive;      /* part of a #define, #if, ... line */
    bool respelled;         /* INPUT spells it otherwise than C reads it: see tok_text */
    bool inactive;          /* in an inactive preprocessor branch (set by lex_again) */
} Tok;

typedef struct YieldTok {
    size_t kw;              /* the `yield` token */
    size_t operand_begin, operand_end;  /* empty for a bare yield */
    bool bare;
    bool is_from;           /* `yield from X` */
    bool from_call;         /* ... where X is a call `name(...)`: a frame made in place */
    size_t parse_off;       /* where its call begins in the parse view */
    struct GenDecl *gen;
    bool reported;          /* an error about it was given */
} YieldTok;

/* One `generator(...)` declaration: a prototype or the definition. */
typedef struct GenDecl {
    char *name;
    char *ytype, *stype, *rtype;    /* stype NULL without a send type */
    size_t kw;                      /* the `generator` token */
    size_t decl_begin;              /* the declaration's first token (`static`...) */
    size_t name_off;
    size_t params_begin, params_end;    /* `(...)`, parentheses included */
    size_t body_begin, body_end;    /* `{` and one past `}`; 0 for a prototype */
    bool is_static;
    struct GenDecl *first_decl;     /* the first declaration of this name (itself if first) */
    struct GenDecl *definition;     /* on the first: the definition, once seen */
    struct Gen *gen;                /* on the definition: what find made of it */
} GenDecl;

typedef struct Lexed {
    GenDecl **by_name;      /* hash table of first declarations */
    size_t by_name_cap;
    Tok *toks;
    int ntoks;
    Vec decls;              /* GenDecl*, in source order */
    Vec yields;             /* YieldTok*, in source order */
    Vec yield_macros;       /* char*: macros whose body says `yield` */
    char *view;             /* the parse view */
    size_t view_len;
    struct Edit *edits;     /* how the view differs from INPUT, by INPUT offset */
    int nedits, capedits;
    struct Respelled {      /* the tokens' spellings that are not their text in INPUT */
        int tok;            /* its index in toks */
        char *text;
    } *respelled;
    int nrespelled, caprespelled;
} Lexed;

typedef struct Tool Tool;
char *unconst_type(const char *type);    /* `const int`, `char *const`: without that const */
bool lex_file(Tool *t);
void lex_again(Tool *t);
GenDecl *first_decl_named(const Tool *t, const char *name);
void view_struct(Buf *b, const GenDecl *d);
size_t view_to_source(const Lexed *lx, size_t view_off);
int tok_at_or_after(const Lexed *lx, size_t off);
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
} Invocation;

bool parse_file(Tool *t);
bool in_skipped(const Tool *t, size_t off);
bool request_expansion(Tool *t, size_t off);
bool expansion_requested(const Tool *t);
void refuse_unexpanded(Tool *t);
enum { YC_EXPAND_ROUNDS = 4 };  /* rounds of reading the source, macros expanded between them */

/* ---- expand.c: macro invocations in generator bodies, expanded in place ---- */

bool expand_file(Tool *t, Source *out);

/* ---- find.c: generators as read off clang's AST ---- */

typedef enum { ST_LOCAL, ST_COPY, ST_FRAME } Storage;

typedef struct Var {
    char *name;
    char *type;             /* clang's spelling of its type */
    size_t name_off;        /* its declarator's name */
    size_t decl_end;        /* end of its declarator, initializer included */
    size_t init_begin, init_end;   /* its initializer, if any */
    bool init_is_list;      /* `= { ... }` or a string for an array */
    size_t stmt_begin, stmt_end;   /* the declaration statement, `;` included */
    size_t scope_begin, scope_end; /* the block (or `for`) it is visible in */
    bool is_param, has_init, addr_taken, is_array, is_const, is_volatile, is_bool;
    bool is_static, is_vla, has_cleanup, shares_stmt;
    size_t attr_begin, attr_end;    /* has_cleanup: what takes the attribute off (-1: cannot) */
    char *cleanup_fn;
    bool written;           /* assigned, incremented or decremented after its declaration */
    bool local_type;        /* the frame cannot name its type (declared in the body, typeof, a const
                               member): it holds the variable as bytes */
    bool unassignable;      /* a struct or union with a const member */
    long long size, align;  /* of its type, for a local_type */
    bool in_macro_body;     /* named inside a macro's body */
    bool decays;            /* an array used other than by subscript or sizeof */
    bool in_for_init;       /* declared in the first clause of a `for` (its scope: the loop) */
    bool for_in_macro;      /* in_for_init: that `for` is written by a macro */
    char *align_spec;       /* its `_Alignas(...)` or `__attribute__((aligned...))`, for its field */
    size_t type_decl;       /* where INPUT declares the struct, union or enum it holds by value; 0 if not here */
    char *frame_of;         /* the generator whose frame it holds by value (arrays of them too), or NULL */
    /* plan */
    bool preserved;
    bool cleanup_by_tool;   /* its cleanup attribute is taken off, and the body calls the cleanup itself */
    Storage storage;
    int index;              /* its place in its generator's vars */
    char *field;
} Var;

typedef struct Ref {        /* a use of a variable */
    size_t off, len;        /* its name, to rewrite when it lives in the frame; -1: in a macro's body */
    size_t at;              /* where it happens (a macro's invocation, for those) */
    Var *var;
} Ref;

/*
** The parts of an expression that decide how a statement with yields is
** lowered: the yields themselves, and the operators that evaluate an
** operand only sometimes (`&&`, `||`, `?:`) or in order (`,`) when a yield
** sits in that operand.  Other operators are transparent: their text is
** kept, with the values of these nodes put in.
*/
typedef enum { X_YIELD, X_AND, X_OR, X_COND, X_COMMA } XKind;

typedef struct XNode {
    XKind kind;
    size_t begin, end;
    size_t part_begin[3], part_end[3];  /* yield: its operand; a && b: a, b; c ? x : y: c, x, y */
    int nparts;
    Vec kids;               /* XNode* inside its parts, in source order */
    int part;               /* which part of its parent holds it */
    struct XNode *parent;
    YieldTok *tok;          /* X_YIELD */
    int state;              /* X_YIELD: resume point number (plan) */
    char *type;             /* X_COND: the type of the whole `?:` */
    bool local_type;        /* X_COND: the frame cannot name that type (declared in the body) */
    long long size, align;  /* X_COND: of that type */
    char *temp;             /* frame field holding its value, if needed (plan) */
    /* yield from: the sub-generator */
    char *sub_name;         /* its generator (its frame is struct sub_name) */
    char *sub_rtype;        /* its result type */
    bool sub_send;          /* it has a send type */
    bool sub_recursive;     /* its frame is allocated: it can reach this generator (plan) */
    char *sub_field;        /* the frame field of the sub-generator or pointer (plan) */
    bool discarded;         /* X_YIELD: the left operand of a `,`: its value is unused */
    Vec live;               /* X_YIELD: Var* copied out and in around it (plan) */
    Vec cleanups;           /* X_YIELD: Var* with a cleanup in scope there (plan) */
} XNode;

typedef XNode Yield;

typedef enum { S_PLAIN, S_WHILE, S_DO, S_FOR } StmtKind;

/* A statement that contains yields. */
typedef struct Stmt {
    StmtKind kind;
    size_t begin, end;      /* `;` or `}` included */
    bool is_decl;           /* a declaration: no braces may go around it */
    Vec decls;              /* is_decl: Var* it declares, in order */
    bool whole_is_yield;    /* `yield e;` on its own */
    /* loops whose condition or increment holds a yield: init; cond; inc; body */
    size_t part_begin[4], part_end[4];
    int id;                 /* for the label of a lowered loop's `continue` */
    Vec top;                /* XNode* not inside another, in source order */
    Vec yields;             /* XNode* of kind X_YIELD, in source order */
} Stmt;

typedef enum { J_BREAK, J_CONTINUE, J_RETURN, J_GOTO } JumpKind;

/* A jump: where lowered loops and cleanups of locals may need to change it. */
typedef struct Jump {
    JumpKind kind;
    size_t begin, end;      /* the statement, `;` included */
    size_t target;          /* break, continue: the loop or switch; goto: the label */
    size_t value_begin, value_end;  /* return: its value, if any */
    bool from_macro;        /* spelled in a macro's body: cannot be changed */
} Jump;

/* A compound literal whose address may be used after a yield: it lives in
   the frame, copied there each time it is evaluated. */
typedef struct Literal {
    size_t begin, end;
    char *type;             /* clang's spelling of its type */
    char *field;            /* plan */
} Literal;

typedef struct Span {
    size_t begin, end;
} Span;

typedef struct Gen {
    GenDecl *def;           /* the definition */
    GenDecl *first;         /* the first declaration (where the struct goes) */
    bool frame_emitted;     /* emit: its struct is written (maybe early, for a frame embedding it) */
    Vec params;             /* Var* */
    Vec vars;               /* Var*, params first, in source order */
    Vec refs;               /* Ref*: every use of its variables */
    Vec stmts;              /* Stmt*, in source order */
    Vec yields;             /* Yield*, in source order of resumption */
    Vec lazies;             /* XNode* of the other kinds */
    Vec jumps;              /* Jump* */
    Vec literals;           /* Literal*: compound literals whose address survives a yield */
    Vec split_fors;         /* Var*: the first of those living in the frame declared in a `for`'s
                               first clause, whose declaration goes before the loop, in a block (plan) */
    Vec loops;              /* size_t[2]*: the extents of loops */
    Vec labels;             /* size_t*: where labels are */
    Vec func_names;         /* Span*: `__func__` (or __FUNCTION__ ...) in the body, to be the generator's name */
    /* plan */
    int nstates;
    const char *state_type;
    Vec temps;              /* XNode*: values kept in the frame over a suspension */
    Vec froms;              /* XNode*: the `yield from`s, in source order */
    bool has_cleanups;      /* a local with a cleanup lives across a yield */
    Vec embeds;             /* Gen*: the generators whose frames its frame holds (subs made in
                               place, locals): their structs are written before its own */
    size_t frame_at;        /* where its struct is written: its first declaration, or an earlier
                               one of a generator whose frame holds it */
} Gen;

bool find_generators(Tool *t);

/* ---- plan.c ---- */

void plan_generator(Tool *t, Gen *g);
void plan_frames(Tool *t);
bool jump_leaves(const Jump *j, const Var *v);
Gen *gen_named(Tool *t, const char *name);

/* ---- emit.c ---- */

void emit_file(Tool *t, Buf *out);
void emit_header(Tool *t, Buf *out, const char *path);

/* ---- strip.c: --strip-comments ---- */

void strip_comments(Buf *b);

/* ---- main.c: the run ---- */

struct Tool {
    Source src;
    const char *display_path;   /* in #line directives */
    const char *out_path;       /* the output's name, for the #line of generated code ("<stdout>") */
    const char *clang_path;     /* INPUT's absolute path, for libclang */
    bool no_line;
    const char **clang_args;
    int nclang_args;
    const char *runtime_dir;
    Lexed lx;
    Vec gens;                   /* Gen* in source order of definitions */
    bool includes_runtime;
    size_t *skipped;            /* inactive preprocessor branches: begin, end pairs */
    int nskipped;
    Vec invocations;            /* Invocation*: macros invoked in generator bodies, sorted */
    void *cx_index, *cx_tu;     /* libclang, for parse and find only */
};

#endif

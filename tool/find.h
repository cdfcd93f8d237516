/*
** find.h -- what the files of the third stage share: the Finder (the
** state of the visit of one generator's AST, the stack of its nodes) and
** the helpers that read positions off libclang.  find.c walks the
** generators, find_var.c records variables and their uses, find_yield.c
** yields, the statements they belong to, jumps and compound literals.
*/
#ifndef YC_FIND_H
#define YC_FIND_H

#include "yc.h"
#include "cx.h"

typedef struct Node {
    CXCursor c;
    enum CXCursorKind kind;
    size_t begin_, end_;    /* source offsets of its extent: nbegin(), nend() */
    bool has_extent;        /* begin_ and end_ are known (libclang measures the last token: asked only when needed) */
    int child;              /* its index among its parent's children */
    int nkids;              /* how many of its children have been visited */
} Node;

/* A compound literal whose address escapes: it lives in the frame if a
   yield comes before the end of its block. */
typedef struct LiteralSeen {
    Literal *lit;
    size_t block_end;
} LiteralSeen;

/* A local by the statement declaring it, then in order. */
typedef struct LocalKey {
    size_t stmt_begin;
    int index;              /* in g->vars */
} LocalKey;

/* A counted `for` met on the way down: its variables are known once the
   generator's visit is over (find_loop.c). */
typedef struct PendingFor {
    CountedFor *cf;
    CXCursor counter;       /* the counter's declaration */
    CXCursor body;
    CXCursor init;          /* the first clause, if it declares (a null cursor if not) */
} PendingFor;

typedef struct Finder {
    Tool *t;
    CXTranslationUnit tu;
    CXFile main_file;
    Gen *g;
    Node *stack;            /* the ancestors of the node visited (grown: any nesting clang parses) */
    int depth, stack_cap;
    VEC(CXCursor) var_cursors;  /* parallel to g->vars */
    /* what find looks up for a node is not found by scanning everything
       found so far in the generator; emptied for each generator */
    Map vars_by_cursor;     /* clang_hashCursor -> Var* */
    Map ref_offs;           /* Ref.off -> Ref*: the uses recorded */
    Map stmts_by_extent;    /* (begin, end) -> Stmt* */
    Map lazies_by_extent;   /* (begin, end, kind) -> XNode* */
    Map yield_toks;         /* YieldTok* of the yields found */
    CXType yield_type;      /* the generator's Y, from its view's yc__yield */
    CXType send_type;       /* its S (void without one), what yc__yield returns */
    bool yield_void;
    OffVec allocas;         /* where alloca is called */
    VEC(LiteralSeen) literals;  /* compound literals whose address escapes */
    VEC(LocalKey) locals;   /* find_generator's, sorted */
    VEC(PendingFor) pending_fors;   /* counted loops whose variables are not visited yet */
    CXCursor next_counter;  /* the counter declared in the first clause of the counted loop just met */
} Finder;

/* find.c: positions, extents, children */
bool spelled_at(Finder *f, CXSourceLocation loc, size_t *off);
bool text_at(Finder *f, size_t off, const char *text);
size_t expanded_at(Finder *f, CXSourceLocation loc);
bool from_macro(Finder *f, CXSourceLocation loc, const char *text);
char *macro_name_at(Finder *f, size_t off);
void extent_of(Finder *f, CXCursor c, size_t *begin, size_t *end);
size_t nbegin(Finder *f, Node *n);
size_t nend(Finder *f, Node *n);
size_t after_semicolon(Finder *f, size_t end);
size_t stmt_end(Finder *f, CXCursor c);
int count_children(CXCursor c);
CXCursor child0(CXCursor c);
CXCursor child_last(CXCursor c);
CXCursor strip(CXCursor c);
bool is_array_type(CXType t);
bool has_const_member(CXType t);
bool const_in_typedef(CXType t);
bool names_body_type(Finder *f, CXType t, int depth);
size_t input_type_decl(Finder *f, CXType t, bool by_pointer, int depth);

/* A generator's frame, as the parse view declares it (view_struct). */
typedef struct Fields {
    CXType ply, plr;        /* the frame's view fields: yield and result types */
    CXType pls;             /* has_send: the send type */
    bool is_frame, has_send;
} Fields;
Fields frame_fields(CXType t);
char *frame_type_name(CXType t);

/* find_var.c: variables and their uses */
Var *var_of(Finder *f, CXCursor decl);
void find_params(Finder *f, CXCursor fn);
void find_local(Finder *f, CXCursor c);
Var *find_ref(Finder *f, CXCursor c);
void note_write_at_ref(Finder *f, Var *v);
void note_hider(Finder *f, CXCursor c);
void note_address_of(Finder *f, CXCursor c);
void note_array_member(Finder *f, CXCursor c);
void check_reserved_name(Finder *f, const char *name, size_t at, bool is_label);
void find_decl_stmt(Finder *f, Node *n);
void note_var_facts(Finder *f);

/* find_yield.c: yields and their statements, jumps, compound literals */
typedef enum { FOR_INIT, FOR_COND, FOR_INC, FOR_BODY } ForPart;   /* the parts of `for (init; cond; inc) body` */
ForPart for_part(Finder *f, size_t for_begin, size_t off);   /* which part of a `for` holds off */
bool for_tokens(Finder *f, size_t for_begin, int tk[4]);     /* the tokens before its parts: `(`, `;`, `;`, `)` */
YieldTok *yield_call(Finder *f, CXCursor c, const char *name);
void find_yield(Finder *f, CXCursor c, YieldTok *yt);
void check_call(Finder *f, Node *n, const char *name);
void find_jump(Finder *f, CXCursor c, Node *n);
void note_literal(Finder *f, CXCursor c, Node *n);
void note_func_name(Finder *f, CXCursor c);
Yield *yield_after(const Gen *g, size_t off);
void check_vlas_and_allocas(Finder *f);
void build_tree(Stmt *s);
void note_stmt_facts(Finder *f);

/* find_loop.c: counted loops */
void note_counted_for(Finder *f, Node *n);
void resolve_counted_fors(Finder *f);

#endif

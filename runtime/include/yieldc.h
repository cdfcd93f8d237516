/*
** yieldc.h -- the runtime of generators compiled by yieldc: the one public
** door into yieldc.  Header only; nothing is allocated behind your back.
**
** In your source, `generator(Y[, S]) R name(params) { ... yield e; ... }`
** declares a generator; yieldc turns it into `struct name` (the frame) and
** `struct name name(params)` (the constructor).  Drive it with:
**
**   bool yc_next(g)       run to the next yield (true) or to the end (false)
**   bool yc_send(g, v)    the same, the suspended yield evaluating to v (a
**                         compound literal with commas too)
**   Y    yc_value(g)      the last yielded value (zero before the first)
**   R    yc_result(g)     the result once finished (zero before)
**   bool yc_done(g)       finished: returned, fell off the end, or closed
**   void yc_close(g)      finish early: close the sub-generator of a pending
**                         `yield from`, run the cleanups of the locals in scope
**   struct yc_gen yc_handle(g)   a type-erased handle for schedulers,
**        driven by yc_gen_next(h), yc_gen_done(h), yc_gen_close(h)
**
** where g points to a generator object (`&gen`).  See docs/ and README.md.
*/
#ifndef YIELDC_H
#define YIELDC_H

#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define YIELDC_VERSION "0.3.0"
#define YIELDC_VERSION_NUMBER 300   /* major * 10000 + minor * 100 + patch */

/* How to drive one kind of generator through a handle. */
struct yc_kind {
    const char *name;                   /* the generator's name, for messages */
    bool (*next)(void *frame);
    bool (*done)(const void *frame);
    void (*close)(void *frame);
};

/* A type-erased generator: where the frame is, and how to drive its kind. */
struct yc_gen {
    void *frame;
    const struct yc_kind *kind;
};

static inline bool yc_gen_next(struct yc_gen h) { return h.kind->next(h.frame); }
static inline bool yc_gen_done(struct yc_gen h) { return h.kind->done(h.frame); }
static inline void yc_gen_close(struct yc_gen h) { h.kind->close(h.frame); }

/* Is macro M defined as YC__PROBE?  YC__IS_PROBE(M) is 1 if so, else 0. */
#define YC__PROBE ~, 1
#define YC__SECOND(a, b, ...) b
#define YC__IS_PROBE(...) YC__SECOND(__VA_ARGS__, 0, ~)
#define YC__CAT(a, b) YC__CAT_(a, b)
#define YC__CAT_(a, b) a##b

#if defined(__YIELDC__)
/*
** The view of the tool itself while it parses your source: each generator
** appears as a plain struct with typed yc_value / yc_result members, so that
** calls of the API below are type-checked where you wrote them.  (Each
** through a YC__VIEW_ macro, which yieldc redefines as the API's name when
** it asks clang to expand a macro of yours that uses them: the expansion
** says `yc_next(g)`, for the compiler's yieldc.h.)
*/
#define yc_next(g)      YC__VIEW_next(g)
#define yc_send(g, ...) YC__VIEW_send(g, __VA_ARGS__)
#define yc_close(g)     YC__VIEW_close(g)
#define yc_done(g)      YC__VIEW_done(g)
#define yc_handle(g)    YC__VIEW_handle(g)
#define yc_value(g)     YC__VIEW_value(g)
#define yc_result(g)    YC__VIEW_result(g)
#define YC__VIEW_next(g)        ((void)(g)->yc__pl, true)
#define YC__VIEW_send(g, ...)   ((void)((g)->yc__pl_sent = (__VA_ARGS__)), true)
#define YC__VIEW_close(g)       ((void)(g)->yc__pl)
#define YC__VIEW_done(g)        ((void)(g)->yc__pl, true)
#define YC__VIEW_handle(g)      ((void)(g)->yc__pl, (struct yc_gen){ (void *)(g), &yc__view_kind })
#define YC__VIEW_value(g)       ((g)->yc_value)
#define YC__VIEW_result(g)      ((g)->yc_result)
/* A handle's kind: a value nobody knows, so that no analysis of the view
   (clang-tidy through yieldc-clangd) takes its calls for calls of null.
   (What each body's `yc__yield` points to, yc__view_fn_NAME, is declared
   by the view before the body.) */
extern const struct yc_kind yc__view_kind;

#elif defined(__CPPCHECK__) || !(defined(__STDC__) || defined(_MSC_VER))
/*
** Static analysers that cannot parse the _Generic dispatch below (cppcheck,
** which defines neither __STDC__ nor a compiler's own): each call as a call of one
** function, so that the code around it is analysed.  That function is
** declared, never defined: a compiler that came here would fail to link
** rather than build generators that never run.
*/
bool yc__analysis_step(void *g);
#define yc_next(g)      yc__analysis_step(g)
#define yc_send(g, ...) ((void)(__VA_ARGS__), yc__analysis_step(g))
#define yc_close(g)     ((void)yc__analysis_step(g))
#define yc_done(g)      (!yc__analysis_step(g))
#define yc_handle(g)    ((struct yc_gen){ (void *)(g), 0 })
#define yc_value(g)     ((g)->yc_value)
#define yc_result(g)    ((g)->yc_result)
#define YC__NEXT(g)     yc__analysis_step(g)
#define YC__SEND(g, ...) ((void)(__VA_ARGS__), yc__analysis_step(g))
#define YC__CLOSE(g)    ((void)yc__analysis_step(g))

#else /* compiling generated code */

#define yc_next(g)      YC__OP(g, next)(g)
#define yc_send(g, ...) YC__OP(g, send)((g), (__VA_ARGS__))   /* v may hold commas: (struct s){1, 2} */
#define yc_close(g)     YC__OP(g, close)(g)
#define yc_done(g)      ((g)->yc_state == YC__DONE((g)->yc_state))
#define yc_handle(g)    ((struct yc_gen){ (g), YC__OP(g, kind) })
#define yc_value(g)     ((g)->yc_value)
#define yc_result(g)    ((g)->yc_result)

/* What generated code calls to step or close a sub-generator: the same, under
   names of yieldc's own (a file may redefine the API's, around its
   generators too). */
#define YC__NEXT(g)      YC__OP(g, next)(g)
#define YC__SEND(g, ...) YC__OP(g, send)((g), (__VA_ARGS__))
#define YC__CLOSE(g)     YC__OP(g, close)(g)

/*
** Static dispatch: `_Generic` picks the functions of the generator's own
** type, so yc_next(&g) is a direct call the compiler can inline.  The
** generated .c file lists its generators in YC__LOCAL; each header written
** by `yieldc --header` takes one of the YC__Hn slots (the first free one).
*/
#define YC__LOCAL(op)
#define YC__H0(op)
#define YC__H1(op)
#define YC__H2(op)
#define YC__H3(op)
#define YC__H4(op)
#define YC__H5(op)
#define YC__H6(op)
#define YC__H7(op)
#define YC__H8(op)
#define YC__H9(op)
#define YC__H10(op)
#define YC__H11(op)
#define YC__H12(op)
#define YC__H13(op)
#define YC__H14(op)
#define YC__H15(op)
#define YC__H16(op)
#define YC__H17(op)
#define YC__H18(op)
#define YC__H19(op)
#define YC__H20(op)
#define YC__H21(op)
#define YC__H22(op)
#define YC__H23(op)
#define YC__H24(op)
#define YC__H25(op)
#define YC__H26(op)
#define YC__H27(op)
#define YC__H28(op)
#define YC__H29(op)
#define YC__H30(op)
#define YC__H31(op)
#define YC__ALL(op) YC__LOCAL(op) \
                    YC__H0(op) YC__H1(op) YC__H2(op) YC__H3(op) YC__H4(op) YC__H5(op) YC__H6(op) YC__H7(op) \
                    YC__H8(op) YC__H9(op) YC__H10(op) YC__H11(op) YC__H12(op) YC__H13(op) YC__H14(op) YC__H15(op) \
                    YC__H16(op) YC__H17(op) YC__H18(op) YC__H19(op) YC__H20(op) YC__H21(op) YC__H22(op) YC__H23(op) \
                    YC__H24(op) YC__H25(op) YC__H26(op) YC__H27(op) YC__H28(op) YC__H29(op) YC__H30(op) YC__H31(op)
#define YC__OP(g, op) _Generic((g), YC__ALL(op) struct yc__not_a_generator *: 0)
struct yc__not_a_generator;     /* declared here, not wherever YC__OP is used first */

/* In other files, the external ones (a handle's kind, an object, also
   closes: there is no NAME__close). */
#define YC__EXT_next(n)         n##__next
#define YC__EXT_send(n)         n##__send
#define YC__EXT_close(n)        n##__kind.close
#define YC__EXT_kind(n)         &n##__kind

/* In the file that defines generator n, the list names its static inline
   functions (n__inext, ...), which the compiler may inline into the
   caller's loop as it would a hand-written `static inline` step function;
   `send` is n__isend, or n__send, the error, for a generator without S. */
#define YC__IN_next(n, send)    n##__inext
#define YC__IN_send(n, send)    send
#define YC__IN_close(n, send)   n##__iclose
#define YC__IN_kind(n, send)    &n##__kind

/* Which of the two lists names generator n, decided where yc_next & co.
   are used (macros expand there): the file that defines n says
   `#define YC__HERE_n YC__PROBE`, a header from --header that declares it
   `#define YC__INHDR_n YC__PROBE`.  A generator this file defines is
   listed once, in its header's slot if that header is included (wherever),
   else in YC__LOCAL; with this file's static inline functions from its
   first declaration in the file on (where the file says YC__HERE_n), with
   the external ones before that and in other files. */
#define YC__LOCAL_GEN(n, send, op) YC__CAT(YC__LOCAL_GEN_, YC__IS_PROBE(YC__INHDR_##n))(n, send, op)
#define YC__LOCAL_GEN_0(n, send, op) struct n *: YC__IN_##op(n, send),
#define YC__LOCAL_GEN_1(n, send, op)
#define YC__HEADER_GEN(n, send, op) struct n *: YC__CAT(YC__HEADER_GEN_, YC__IS_PROBE(YC__HERE_##n))(n, send, op),
#define YC__HEADER_GEN_0(n, send, op) YC__EXT_##op(n)
#define YC__HEADER_GEN_1(n, send, op) YC__IN_##op(n, send)

#endif /* __YIELDC__ */

/*
** The frame's yc_state: 0 before the start, 1..N suspended at resume point
** N, "running" (DONE - 1, see YC__ENTER) while its body runs unless NDEBUG,
** DONE once finished.  Its width is the smallest unsigned type that holds
** every state of that generator.
*/
#define YC__DONE(s) _Generic((s), unsigned char: UCHAR_MAX, \
                                  unsigned short: USHRT_MAX, \
                                  unsigned int: UINT_MAX)
/* V (an unsigned that holds a state) as the type of state S: no -Wconversion */
#define YC__AS_STATE(s, v) _Generic((s), unsigned char: (unsigned char)(v), \
                                         unsigned short: (unsigned short)(v), \
                                         unsigned int: (unsigned int)(v))

/* The frames of recursive `yield from`s: define both before including
   this header to use another allocator. */
#ifndef YC_ALLOC
#define YC_ALLOC(size) malloc(size)
#endif
#ifndef YC_FREE
#define YC_FREE(p) free(p)
#endif

#if defined(__GNUC__)
__attribute__((noreturn, cold))
#endif
static inline void yc__out_of_memory(const char *name)
{
    fprintf(stderr, "yieldc: out of memory for a frame of generator '%s' (YC_ALLOC failed)\n", name);
    abort();
}

/* A frame's second member, after its one-byte state, where the padding
   before the next member usually leaves room for it: a misaligned field,
   for which the x86-64 System V calling convention returns the frame
   through memory, even a frame of 16 bytes or less.  The constructor then
   builds the frame in place, and clang keeps each of its fields apart
   (returned in two registers, a small frame reaches the caller as two
   64-bit integers, and clang's optimizer may keep the fields packed in
   them: extracting and inserting on every resume of a loop). */
#if defined(__GNUC__)
#define YC__RETURN_IN_MEMORY unsigned short yc_in_memory __attribute__((packed));
#else
#define YC__RETURN_IN_MEMORY
#endif

/* Around the declarations yieldc writes for a generator: a file need not
   use all its functions (yc_close, the handle's, those of a static
   generator, and the kind of a static one), and -Wunused-function and
   -Wunused-const-variable should not say so.  A pragma, not
   `__attribute__((unused))`, which clang's -Wused-but-marked-unused
   reports at every call; the user's own functions keep the warning.
   gcc 12 and later: -Wdangling-pointer too.  A resume jumps into the
   scopes of the body, and gcc's test of "used after its scope ended"
   takes a use after a resume label for one after the suspension's
   `return` left the scope ("dangling pointer to 'x' may be used", for a
   local copied back from the frame or a compound literal; which ones
   depends on the rest of the file).  So inside generator bodies gcc does
   not give this warning at all: SPEC section 5.
   Two more that projects turn on with -Werror, for what yieldc writes:
   -Wunused-macros (the per-generator macros a file may not use) and gcc's
   -Wjump-misses-init (also in -Wc++-compat: the dispatch's `goto` to a
   resume point passes declarations, whose values the resume copies back
   from the frame). */
#if defined(__clang__)
#define YC__BEGIN_GENERATED \
    _Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wunused-function\"") \
    _Pragma("clang diagnostic ignored \"-Wunused-const-variable\"") \
    _Pragma("clang diagnostic ignored \"-Wunused-macros\"")
#define YC__END_GENERATED _Pragma("clang diagnostic pop")
#elif defined(__GNUC__) && __GNUC__ >= 12
#define YC__BEGIN_GENERATED \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wunused-function\"") \
    _Pragma("GCC diagnostic ignored \"-Wunused-const-variable\"") \
    _Pragma("GCC diagnostic ignored \"-Wunused-macros\"") \
    _Pragma("GCC diagnostic ignored \"-Wjump-misses-init\"") \
    _Pragma("GCC diagnostic ignored \"-Wdangling-pointer\"")
#define YC__END_GENERATED _Pragma("GCC diagnostic pop")
#elif defined(__GNUC__)
#define YC__BEGIN_GENERATED \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wunused-function\"") \
    _Pragma("GCC diagnostic ignored \"-Wunused-const-variable\"") \
    _Pragma("GCC diagnostic ignored \"-Wunused-macros\"") \
    _Pragma("GCC diagnostic ignored \"-Wjump-misses-init\"")
#define YC__END_GENERATED _Pragma("GCC diagnostic pop")
#else
#define YC__BEGIN_GENERATED
#define YC__END_GENERATED
#endif

/* The dispatch switch's default: yc_next & co. rule out "done" and
   "running" (YC__REFUSE), and a sub-generator made in place is never
   resumed once done; no other state exists.  Its argument: what the body
   function returns (nothing for void) where the compiler is not told so. */
#if defined(__GNUC__)
#define YC__UNREACHABLE(...) __builtin_unreachable()
#else
#define YC__UNREACHABLE(...) return __VA_ARGS__
#endif

/* The body function's last statement: the body fell off its end (its
   result is zero).  A macro, so that clang's -Wunreachable-code-return is
   not given for it when every path of the body returns before. */
#define YC__FALL_OFF_END(none) return none

/* Finishing: the step function's `return` when the body ends. */
#define YC__FINISH(f) ((f)->yc_state = YC__DONE((f)->yc_state), false)

/* The functions of generator NAME that are the same for every generator,
   declared and defined here rather than written out for each (ST: `static`
   for a static generator, else empty).  DECLARE: the API for other files
   (NAME__next, __send, and NAME__kind, the handle's: an object) and the
   static inline functions yc_next & co. call in the defining file.
   DEFINE: those functions but NAME__istep (DEFINE_STEP, or
   DEFINE_STEP_CHAIN: runs the body) and NAME__iclose (DEFINE_CLOSE, or
   yieldc's own, which runs the cleanups).  The _SEND forms are for a
   generator with a send type; their last argument declares the value
   sent, `S yc_v`. */
#define YC__DECLARE(ST, NAME) \
    YC__UNLESS_IN_HEADER(NAME, \
        YC__FN(ST) bool NAME##__next(void *yc_g); \
        struct yc_error_yc_send_on_a_generator_without_a_send_type NAME##__send(struct NAME *, ...); \
        YC__KIND_DECL(ST) NAME##__kind;) \
    YC__DECLARE_COMMON(ST, NAME)
#define YC__DECLARE_SEND(ST, NAME, ...) \
    YC__UNLESS_IN_HEADER(NAME, \
        YC__FN(ST) bool NAME##__next(void *yc_g); \
        YC__FN(ST) bool NAME##__send(struct NAME *yc_f, __VA_ARGS__); \
        YC__KIND_DECL(ST) NAME##__kind;) \
    static inline bool NAME##__isend(struct NAME *yc_f, __VA_ARGS__); \
    YC__DECLARE_COMMON(ST, NAME)
/* The API's declarations, unless the header from --header, included
   before, has them (the same again would draw -Wredundant-decls). */
#define YC__UNLESS_IN_HEADER(NAME, ...) YC__CAT(YC__UNLESS_IN_HEADER_, YC__IS_PROBE(YC__INHDR_##NAME))(__VA_ARGS__)
#define YC__UNLESS_IN_HEADER_0(...) __VA_ARGS__
#define YC__UNLESS_IN_HEADER_1(...)
#define YC__DECLARE_COMMON(ST, NAME) \
    static inline bool NAME##__istep(struct NAME *yc_f, unsigned yc_from); \
    static inline bool NAME##__inext(struct NAME *yc_f); \
    static inline void NAME##__iclose(struct NAME *yc_f)

/* By ST: the storage of a generator's functions (`static inline` for a
   static generator, else nothing), and with noinline added to a public
   one's; of its kind, declared (`static`, `extern`) and defined. */
#define YC__FN(ST) YC__FN_##ST
#define YC__FN_static static inline
#define YC__FN_
#define YC__PUBLIC_NOINLINE(ST) YC__PN_##ST
#define YC__PN_static static inline
#if defined(__GNUC__)
#define YC__PN_ __attribute__((noinline))
#else
#define YC__PN_
#endif
#define YC__KIND_DECL(ST) YC__KD_##ST
#define YC__KD_static static const struct yc_kind
#define YC__KD_ extern const struct yc_kind
#define YC__KIND_DEF(ST) YC__KF_##ST
#define YC__KF_static static const struct yc_kind
#define YC__KF_ const struct yc_kind

/* NAME__istep: runs the body from state yc_from; unless it yielded, keeps
   the value it returned (the last argument declares it, `R yc_r`) and marks
   the frame done.  NAME__iclose of a generator with nothing to close or
   clean up: the frame is done.  (NAME__inext, which calls NAME__istep
   where yc_next & co. are used in this file, is small enough for gcc to
   inline into their loops; with the body in it, gcc called it out of line
   once a public generator was resumed from two places: its loop and its
   NAME__next.) */
#define YC__DEFINE_STEP(NAME, ...) \
    static inline bool NAME##__istep(struct NAME *yc_f, unsigned yc_from) \
    { \
        bool yc_yielded = false; \
        __VA_ARGS__ = NAME##__body(yc_f, yc_from, &yc_yielded); \
        if (yc_yielded) \
            return true; \
        yc_f->yc_result = yc_r; \
        return YC__FINISH(yc_f); \
    }
#define YC__DEFINE_STEP_VOID(NAME) \
    static inline bool NAME##__istep(struct NAME *yc_f, unsigned yc_from) \
    { \
        bool yc_yielded = false; \
        NAME##__body(yc_f, yc_from, &yc_yielded); \
        return yc_yielded || YC__FINISH(yc_f); \
    }
/* The step of a generator whose `yield from`s recurse into itself (a
   resume used to go down through every level, each level a C call).  The
   frames of the recursion form a chain from the frame resumed, its root:
   a body that delegates makes its sub-generator's frame, points its own
   yc_top at it and suspends; the loop below links the sub (its yc_parent
   is the delegator) and runs it.  A yield leaves the
   step at once from any depth (COPY hands the value to the root, whose
   yc_top then keeps that innermost frame for the next resume); a frame's
   end resumes its delegator, which takes the result.  A resume costs the
   same at any depth, and no level takes C stack.  While the chain runs,
   the root stays marked running (as YC__ENTER left it): a resume or close
   of it from inside is caught as for any generator. */
#define YC__DEFINE_STEP_CHAIN_LOOP(NAME, COPY, MODE, LINK, RESULT, ...) \
    static inline bool NAME##__istep(struct NAME *yc_root, unsigned yc_from) \
    { \
        struct NAME *yc_f = yc_root; \
        unsigned yc_root_state = yc_from;   /* yc_root's own, while it is marked running */ \
        YC__CHAIN_DECL_##MODE(NAME) \
        if (yc_root->yc_top) { \
            yc_f = yc_root->yc_top; \
            yc_root->yc_top = NULL; \
            yc_from = yc_f->yc_state; \
        } \
        for (;;) { \
            bool yc_yielded = false; \
            __VA_ARGS__ NAME##__body(yc_f, yc_from, &yc_yielded YC__CHAIN_ARG_##MODE); \
            if (yc_yielded && yc_f->yc_top) {   /* delegates: the sub from its start */ \
                struct NAME *yc_sub = yc_f->yc_top; \
                yc_f->yc_top = NULL; \
                YC__CHAIN_KEEP_##MODE(NAME, LINK) \
                yc_sub->yc_parent = yc_f; \
                if (yc_f == yc_root) { \
                    yc_root_state = yc_f->yc_state; \
                    YC__CHAIN_MARK_RUNNING(yc_root); \
                } \
                yc_f = yc_sub; \
                yc_from = 0; \
                YC__CHAIN_ENTER_##MODE \
                continue; \
            } \
            if (yc_yielded) { \
                if (yc_f != yc_root) { \
                    YC__CHAIN_KEEP_##MODE(NAME, LINK) \
                    COPY; \
                    yc_root->yc_top = yc_f; \
                    yc_root->yc_state = YC__AS_STATE(yc_root->yc_state, yc_root_state); \
                } \
                return true; \
            } \
            RESULT; \
            yc_f->yc_state = YC__DONE(yc_f->yc_state); \
            if (yc_f == yc_root) \
                return false; \
            YC__CHAIN_LEAVE_##MODE \
            yc_f = yc_f->yc_parent; \
            yc_from = yc_f == yc_root ? yc_root_state : yc_f->yc_state; \
        } \
    }
/* MODE HEAP: every sub's frame comes from YC_ALLOC as its `yield from`
   makes it.  MODE SCRATCH, for a frame that may be moved (the plan's
   decision: nothing can point into it, it is small): the `yield from`
   makes the sub in yc_spare, one of two frames on this function's stack,
   and the sub's first step runs there.  A sub that ends in it needs no
   allocation (a tree walk's empty subtrees, half its subs): its
   delegator, resumed, takes its result and, seeing it in yc_spare, does
   not free it.  A sub that suspends (yields, or delegates in turn) is
   first kept: moved to a frame from YC_ALLOC, its delegator's pointer to
   it (LINK, the union all chained subs' pointers share) moved along.
   Only the running frame is ever in scratch, so two suffice: the one it
   runs in and the one its own sub is made in. */
#define YC__CHAIN_DECL_HEAP(NAME)
#define YC__CHAIN_ARG_HEAP
#define YC__CHAIN_KEEP_HEAP(NAME, LINK)
#define YC__CHAIN_ENTER_HEAP
#define YC__CHAIN_LEAVE_HEAP
#define YC__CHAIN_DECL_SCRATCH(NAME) \
    struct NAME yc_scratch[2]; \
    struct NAME *yc_spare = &yc_scratch[0];     /* the one free: the next sub is made here */ \
    bool yc_in_scratch = false;                 /* yc_f is the other */
#define YC__CHAIN_ARG_SCRATCH , yc_spare
#define YC__CHAIN_KEEP_SCRATCH(NAME, LINK) \
    if (yc_in_scratch) { \
        struct NAME *yc_kept = YC_ALLOC(sizeof *yc_kept); \
        if (!yc_kept) \
            yc__out_of_memory(#NAME); \
        *yc_kept = *yc_f; \
        yc_f->yc_parent->LINK = yc_kept; \
        yc_f = yc_kept; \
        yc_in_scratch = false; \
    }
#define YC__CHAIN_ENTER_SCRATCH \
    if (yc_f == yc_spare) { \
        yc_in_scratch = true; \
        yc_spare = yc_spare == &yc_scratch[0] ? &yc_scratch[1] : &yc_scratch[0]; \
    }
#define YC__CHAIN_LEAVE_SCRATCH \
    if (yc_in_scratch) {    /* free again: the delegator reads the result from it */ \
        yc_spare = yc_f; \
        yc_in_scratch = false; \
    }
#define YC__DEFINE_STEP_CHAIN(NAME, COPY, MODE, LINK, ...) \
    YC__DEFINE_STEP_CHAIN_LOOP(NAME, COPY, MODE, LINK, yc_f->yc_result = yc_r, __VA_ARGS__ =)
#define YC__DEFINE_STEP_CHAIN_VOID(NAME, COPY, MODE, LINK) \
    YC__DEFINE_STEP_CHAIN_LOOP(NAME, COPY, MODE, LINK, (void)0, )
#ifndef NDEBUG
#define YC__CHAIN_MARK_RUNNING(f) ((f)->yc_state = YC__DONE((f)->yc_state) - 1u)
#else
#define YC__CHAIN_MARK_RUNNING(f) ((void)0)
#endif
#define YC__DEFINE_CLOSE(NAME) \
    static inline void NAME##__iclose(struct NAME *yc_f) \
    { \
        YC__CLOSE_CHECK(yc_f, #NAME); \
        yc_f->yc_state = YC__DONE(yc_f->yc_state); \
    }

/* NAME__inext (and __isend), NAME__next (and __send) for other files, and
   the handle's kind, whose close is CLOSE: YC__CLOSE_FN(NAME) for a
   generator with nothing to close or clean up, else NAME__close (over
   NAME__iclose). */
#define YC__DEFINE(ST, NAME, CLOSE) \
    static inline bool NAME##__inext(struct NAME *yc_f) \
    { \
        if (YC__REFUSE(yc_f, #NAME)) \
            return false; \
        return NAME##__istep(yc_f, YC__ENTER(yc_f)); \
    } \
    YC__PUBLIC_NOINLINE(ST) bool NAME##__next(void *yc_g) { return NAME##__inext((struct NAME *)yc_g); } \
    YC__DEFINE_COMMON(ST, NAME, CLOSE)
#define YC__DEFINE_SEND(ST, NAME, CLOSE, ...) \
    static inline bool NAME##__inext(struct NAME *yc_f)     /* sends a zero S */ \
    { \
        static const __typeof__(yc_f->yc_sent) yc_zero; \
        if (YC__REFUSE(yc_f, #NAME)) \
            return false; \
        yc_f->yc_sent = yc_zero; \
        return NAME##__istep(yc_f, YC__ENTER(yc_f)); \
    } \
    static inline bool NAME##__isend(struct NAME *yc_f, __VA_ARGS__) \
    { \
        if (YC__REFUSE(yc_f, #NAME)) \
            return false; \
        if (yc_f->yc_state != 0)    /* the first resume starts the body: nothing receives it */ \
            yc_f->yc_sent = yc_v; \
        return NAME##__istep(yc_f, YC__ENTER(yc_f)); \
    } \
    YC__PUBLIC_NOINLINE(ST) bool NAME##__send(struct NAME *yc_f, __VA_ARGS__) { return NAME##__isend(yc_f, yc_v); } \
    YC__PUBLIC_NOINLINE(ST) bool NAME##__next(void *yc_g) \
    { \
        struct NAME *yc_f = (struct NAME *)yc_g; \
        static const __typeof__(yc_f->yc_sent) yc_zero; \
        return NAME##__send(yc_f, yc_zero); \
    } \
    YC__DEFINE_COMMON(ST, NAME, CLOSE)
/* The functions other files call (unless the generator is static): each
   holds one copy of the body, and the handle's and yc_next's of a
   generator with a send type call them, not copies of them: a body is
   compiled once for them (twice, or three times, made the output of many
   public generators compile 1.5x slower).  Callers in this file have the
   static inline ones, which the compiler may inline into their loops.
   NAME__next takes the frame as `void *`, so that a handle's kind points
   at it, not at a wrapper of its own (three more functions per generator
   made a file of many public generators compile about 30% slower with
   gcc); yc_next & co. pick them by the frame's type.  The kind is an
   object, and a generator with nothing to close shares the file's close
   (a function each for the kind and the close cost 12% of clang's
   instructions over such a file, 13% of gcc's); other files close through
   the kind. */
#define YC__DEFINE_COMMON(ST, NAME, CLOSE) \
    static inline void NAME##__close(void *yc_g) { NAME##__iclose((struct NAME *)yc_g); } \
    YC__KIND_DEF(ST) NAME##__kind = { #NAME, NAME##__next, YC__DONE_FN(NAME), CLOSE };

/* A handle's `done`: the state at its maximum, by the state's type (a
   frame begins with its state).  One of each per file, shared by every
   generator's kind. */
static inline bool yc__done_uc(const void *f) { return *(const unsigned char *)f == UCHAR_MAX; }
static inline bool yc__done_us(const void *f) { return *(const unsigned short *)f == USHRT_MAX; }
static inline bool yc__done_ui(const void *f) { return *(const unsigned int *)f == UINT_MAX; }
#define YC__DONE_FN(NAME) _Generic((struct NAME){ 0 }.yc_state, unsigned char: yc__done_uc, \
                                   unsigned short: yc__done_us, default: yc__done_ui)
/* yc_close of a generator from inside its own running body (Python's
   "generator already executing"): a bug in the caller, reported as a
   resume is (unless NDEBUG: nothing marks a frame running then). */
#if defined(__GNUC__)
__attribute__((noreturn, cold))
#endif
static inline void yc__closed_running(const char *name)
{
    fprintf(stderr, "yieldc: generator '%s' closed while it is running\n", name);
    abort();
}
#ifndef NDEBUG
#define YC__CLOSE_CHECK(f, name) \
    ((f)->yc_state == YC__DONE((f)->yc_state) - 1u ? yc__closed_running(name) : (void)0)
#else
#define YC__CLOSE_CHECK(f, name) ((void)0)
#endif

/* A handle's `close` of a generator with nothing to close: the state set
   to its maximum (one running is reported, as YC__CLOSE_CHECK does; the
   name is the kind's, which this does not see). */
#ifndef NDEBUG
#define YC__DEFINE_CLOSE_STATE(suffix, T, MAX) \
    static inline void yc__close_##suffix(void *f) \
    { \
        if (*(T *)f == MAX - 1u) \
            yc__closed_running("(through a handle)"); \
        *(T *)f = MAX; \
    }
#else
#define YC__DEFINE_CLOSE_STATE(suffix, T, MAX) \
    static inline void yc__close_##suffix(void *f) { *(T *)f = MAX; }
#endif
YC__DEFINE_CLOSE_STATE(uc, unsigned char, UCHAR_MAX)
YC__DEFINE_CLOSE_STATE(us, unsigned short, USHRT_MAX)
YC__DEFINE_CLOSE_STATE(ui, unsigned int, UINT_MAX)
#undef YC__DEFINE_CLOSE_STATE
#define YC__CLOSE_FN(NAME) _Generic((struct NAME){ 0 }.yc_state, unsigned char: yc__close_uc, \
                                    unsigned short: yc__close_us, default: yc__close_ui)

/* `yc_send` on a generator declared without a send type selects this. */
struct yc_error_yc_send_on_a_generator_without_a_send_type;

#if defined(__GNUC__)
__attribute__((noreturn, cold))
#endif
static inline void yc__reentered(const char *name)
{
    fprintf(stderr, "yieldc: generator '%s' resumed while it is running\n", name);
    abort();
}

/* Entering a generator's body (yc_next, yc_send).  YC__REFUSE first:
   true if the frame is done; unless NDEBUG, a frame marked running (a
   resume from inside its own body) is reported.  "Done" and "running" are
   the two largest states, so one comparison rules out both on the way in
   (a test for each made clang's 4-stage pipeline of generators resumed
   through pointers 14% slower).  Then YC__ENTER gives the state, which
   says where to go, and unless NDEBUG marks the frame running meanwhile: a
   suspension stores its own state, a finish "done".  (The body tells its
   step function whether it suspended by a flag, so NDEBUG stores nothing
   here.)  A sub-generator made by `yield from CALL` is stepped without
   this: only its delegating generator, itself checked, can resume it. */
#ifndef NDEBUG
#define YC__REFUSE(f, name) \
    ((f)->yc_state >= YC__DONE((f)->yc_state) - 1u \
     && ((f)->yc_state == YC__DONE((f)->yc_state) || (yc__reentered(name), false)))
#else
#define YC__REFUSE(f, name) ((f)->yc_state == YC__DONE((f)->yc_state))
#endif
#define YC__ENTER(f) _Generic((f)->yc_state, \
        unsigned char: yc__enter_uc, \
        unsigned short: yc__enter_us, \
        unsigned int: yc__enter_ui)(&(f)->yc_state)
#ifndef NDEBUG
#define YC__DEFINE_ENTER(suffix, T, MAX) \
    static inline unsigned yc__enter_##suffix(T *state) \
    { \
        unsigned old = *state; \
        *state = MAX - 1u; \
        return old; \
    }
#else
#define YC__DEFINE_ENTER(suffix, T, MAX) \
    static inline unsigned yc__enter_##suffix(T *state) { return *state; }
#endif
YC__DEFINE_ENTER(uc, unsigned char, UCHAR_MAX)
YC__DEFINE_ENTER(us, unsigned short, USHRT_MAX)
YC__DEFINE_ENTER(ui, unsigned int, UINT_MAX)
#undef YC__DEFINE_ENTER

#endif /* YIELDC_H */

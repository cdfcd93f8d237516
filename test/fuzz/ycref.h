/*
** ycref.h -- the reference implementation of yieldc's generators, for the
** differential tester: stackful coroutines on ucontext, one stack per
** generator instance.  gen.py prints each random program twice, in yieldc's
** language and as plain GNU C on this header; the second one's output is
** what the first must print.
**
** A generator NAME is `struct NAME { struct ref_co co; yc_value; yc_sent;
** yc_result; parameters }`, built by NAME__new(args) and run by the body
** function NAME(self, params) (so that __func__ is NAME) on its own stack.
** `yield e` is a statement expression that stores e in yc_value, switches
** back to whoever resumed the generator, and evaluates to yc_sent when it is
** resumed -- or, when it is resumed to be closed, returns from the body right
** there, so that GNU C itself runs the cleanups of every scope, innermost
** first.  `yield from` is a loop around the same switch (gen.py writes it
** out), closing the sub-generator first when the outer one is closed.
*/
#ifndef YCREF_H
#define YCREF_H

#define _GNU_SOURCE
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define REF_STACK (256 * 1024)

struct ref_co {
    ucontext_t ctx;                     /* the generator's own */
    ucontext_t caller;                  /* who resumed it last */
    char *stack;                        /* from the first resume to the end */
    void (*entry)(struct ref_co *);     /* runs the body, stores the result */
    const char *name;
    bool started, done, closing, running;
};

static struct ref_co *ref_starting;     /* the trampoline's argument */

__attribute__((unused)) static void ref_trampoline(void)
{
    struct ref_co *co = ref_starting;
    co->entry(co);
    co->done = true;
    setcontext(&co->caller);
    abort();
}

/* Resumes co until its next yield (true) or its end (false). */
__attribute__((unused)) static bool ref_resume(struct ref_co *co)
{
    if (co->done)
        return false;
    if (co->running) {
        fprintf(stderr, "ycref: generator '%s' resumed while it is running\n", co->name);
        abort();
    }
    if (!co->started) {
        co->started = true;
        co->stack = malloc(REF_STACK);
        if (!co->stack || getcontext(&co->ctx) != 0)
            abort();
        co->ctx.uc_stack.ss_sp = co->stack;
        co->ctx.uc_stack.ss_size = REF_STACK;
        co->ctx.uc_link = NULL;
        makecontext(&co->ctx, ref_trampoline, 0);
        ref_starting = co;
    }
    co->running = true;
    swapcontext(&co->caller, &co->ctx);
    co->running = false;
    if (co->done) {
        free(co->stack);
        co->stack = NULL;
    }
    return !co->done;
}

/* yc_next: the pending yield evaluates to a zero S. */
__attribute__((unused)) static bool ref_next(struct ref_co *co, void *sent, size_t size)
{
    if (co->done)
        return false;
    memset(sent, 0, size);
    return ref_resume(co);
}

/* Called by the body at a yield: back to the caller; true when resumed to
   be closed (the body then returns at once). */
__attribute__((unused)) static bool ref_suspend(struct ref_co *co)
{
    co->running = false;
    swapcontext(&co->ctx, &co->caller);
    co->running = true;
    return co->closing;
}

__attribute__((unused)) static void ref_close(struct ref_co *co)
{
    if (co->done)
        return;
    if (!co->started) {
        co->done = true;
        return;
    }
    co->closing = true;
    ref_resume(co);
    if (!co->done) {
        fprintf(stderr, "ycref: generator '%s' yielded while being closed\n", co->name);
        abort();
    }
}

/* `yield e` in the body of generator yc_self (S: with a send type, V:
   without; YIELD0: bare yield).  YC_RETURN is `return yc_zero` or `return`,
   defined around each body. */
#define REF_YIELD_S(...) ({ yc_self->yc_value = (__VA_ARGS__); \
                            if (ref_suspend(&yc_self->co)) { YC_RETURN; } yc_self->yc_sent; })
#define REF_YIELD_V(...) ({ yc_self->yc_value = (__VA_ARGS__); \
                            if (ref_suspend(&yc_self->co)) { YC_RETURN; } (void)0; })
#define REF_YIELD0_S() ({ if (ref_suspend(&yc_self->co)) { YC_RETURN; } yc_self->yc_sent; })
#define REF_YIELD0_V() ({ if (ref_suspend(&yc_self->co)) { YC_RETURN; } (void)0; })

/* The runtime API of yieldc.h, on these frames. */
struct yc_gen {
    struct ref_co *co;
    void *sent;
    size_t size;
};
#define yc_next(g)      ref_next(&(g)->co, &(g)->yc_sent, sizeof (g)->yc_sent)
#define yc_send(g, v)   ((g)->yc_sent = (v), ref_resume(&(g)->co))
#define yc_value(g)     ((g)->yc_value)
#define yc_result(g)    ((g)->yc_result)
#define yc_done(g)      ((g)->co.done)
#define yc_close(g)     ref_close(&(g)->co)
#define yc_handle(g)    ((struct yc_gen){ &(g)->co, &(g)->yc_sent, sizeof (g)->yc_sent })
__attribute__((unused)) static bool yc_gen_next(struct yc_gen h) { return ref_next(h.co, h.sent, h.size); }
__attribute__((unused)) static bool yc_gen_done(struct yc_gen h) { return h.co->done; }
__attribute__((unused)) static void yc_gen_close(struct yc_gen h) { ref_close(h.co); }

#endif

// fiber.cpp -- stackful generators on boost.context (fcontext underneath,
// via boost::context::fiber): two fiber switches per resume, no system call.
#include <cctype>
#include <boost/context/fiber.hpp>
#include <boost/context/fixedsize_stack.hpp>
#include <memory>
#include <utility>
#include "bench.h"

namespace ctx = boost::context;
enum { STACK_BYTES = 16384 };

template <class T> struct fgen {
    ctx::fiber self, caller;
    T value{};
    bool done = false;
    template <class Body> void start(Body body)
    {
        self = ctx::fiber(std::allocator_arg, ctx::fixedsize_stack(STACK_BYTES),
                          [this, body](ctx::fiber &&c) mutable {
                              caller = std::move(c);
                              body(*this);
                              done = true;
                              return std::move(caller);
                          });
    }
    void yield(const T &v) { value = v; caller = std::move(caller).resume(); }
    bool next()
    {
        if (done)
            return false;
        self = std::move(self).resume();
        return !done;
    }
};

static void tok_body(fgen<token> &g, const char *s)
{
    int count = 0;
    for (;;) {
        while (isspace((unsigned char)*s))
            s++;
        if (!*s)
            break;
        const char *start = s;
        token t = { T_OP, start, 1, 0 };
        if (isdigit((unsigned char)*s)) {
            t.kind = T_NUMBER;
            while (isdigit((unsigned char)*s))
                t.value = t.value * 10 + (*s++ - '0');
        } else if (isalpha((unsigned char)*s) || *s == '_') {
            t.kind = T_NAME;
            while (isalnum((unsigned char)*s) || *s == '_')
                s++;
        } else {
            s++;
        }
        t.len = (int)(s - start);
        count++;
        g.yield(t);
    }
}

static long run_range(long n, long setup, const char *)
{
    fgen<int> g;
    int nn = (int)setup;
    g.start([nn](fgen<int> &g) { for (int i = 0; i < nn; i++) g.yield(i); });
    long sum = 0;
    for (long k = 0; k < n && g.next(); k++) {
        sum += g.value;
        SINK(sum);
    }
    return sum;   // ~fiber unwinds the suspended stack (forced_unwind)
}

static long run_tri(long n, long setup, const char *)
{
    fgen<int> g;
    int reps = TRI_REPS(setup);
    g.start([reps](fgen<int> &g) {
        for (int r = 0; r < reps; r++)
            for (int i = 0; i < TRI_M; i++)
                for (int j = 0; j <= i; j++)
                    g.yield(i * j + r);
    });
    long sum = 0;
    for (long k = 0; k < n && g.next(); k++) {
        sum += g.value;
        SINK(sum);
    }
    return sum;
}

static long run_tok(long n, long, const char *text)
{
    fgen<token> g;
    g.start([text](fgen<token> &g) { tok_body(g, text); });
    long sum = 0;
    for (long k = 0; k < n && g.next(); k++) {
        sum += tok_sum(g.value);
        SINK(sum);
    }
    return sum;
}

static size_t fr_int() { return sizeof(fgen<int>) + STACK_BYTES; }
static size_t fr_tok() { return sizeof(fgen<token>) + STACK_BYTES; }

extern "C" const struct impl impls[] = {
    { "range", run_range, fr_int, "sizeof+16KiB_stack" },
    { "tri", run_tri, fr_int, "sizeof+16KiB_stack" },
    { "tok", run_tok, fr_tok, "sizeof+16KiB_stack" },
    { 0, 0, 0, 0 },
};

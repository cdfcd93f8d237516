// coro.cpp -- C++20 coroutines: a minimal generator<T> (no iterator, no
// exceptions path worth mentioning), frame size recorded by the promise's
// operator new (when the compiler elides the allocation -- HALO -- nothing is
// recorded and the frame lives in the caller's frame).
#include <cctype>
#include <coroutine>
#include <cstddef>
#include <exception>
#include <new>
#include "bench.h"

static size_t last_frame;

template <class T> struct generator {
    struct promise_type {
        T value;
        generator get_return_object() noexcept { return generator{std::coroutine_handle<promise_type>::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        std::suspend_always yield_value(T v) noexcept { value = v; return {}; }
        void return_void() noexcept {}
        void unhandled_exception() noexcept { std::terminate(); }
        static void *operator new(size_t size) { last_frame = size; return ::operator new(size); }
        static void operator delete(void *p, size_t size) noexcept { (void)size; ::operator delete(p); }
    };
    std::coroutine_handle<promise_type> h;
    explicit generator(std::coroutine_handle<promise_type> h) noexcept : h(h) {}
    generator(generator &&o) noexcept : h(o.h) { o.h = {}; }
    generator(const generator &) = delete;
    ~generator() { if (h) h.destroy(); }
    bool next() { h.resume(); return !h.done(); }
    const T &value() const { return h.promise().value; }
};

static generator<int> range(int n)
{
    for (int i = 0; i < n; i++)
        co_yield i;
}

static generator<int> tri(int reps)
{
    for (int r = 0; r < reps; r++)
        for (int i = 0; i < TRI_M; i++)
            for (int j = 0; j <= i; j++)
                co_yield i * j + r;
}

static generator<token> tokens(const char *s)
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
        co_yield t;
    }
}

// ---- round 2 -------------------------------------------------------------
// The naive way to delegate with this generator: each level loops over its
// sub-generator and re-yields every value, so a resume at depth d goes
// through d coroutines (and d C frames).  sym.cpp has the C++23-style one.

static generator<int> walk(const node *t)
{
    if (!t)
        co_return;
    for (auto g = walk(t->left); g.next();)
        co_yield g.value();
    co_yield t->key;
    for (auto g = walk(t->right); g.next();)
        co_yield g.value();
}

static generator<int> deep(int d, int n)
{
    if (d == 0) {
        for (int i = 0; i < n; i++)
            co_yield i;
        co_return;
    }
    for (auto g = deep(d - 1, n); g.next();)
        co_yield g.value();
}

static generator<int> p_source(int n)
{
    for (int i = 0; i < n; i++)
        co_yield i;
}

static generator<int> p_filter(generator<int> &in)
{
    while (in.next()) {
        int x = in.value();
        if (PIPE_KEEP(x))
            co_yield x;
    }
}

static generator<long> p_map(generator<int> &in)
{
    while (in.next())
        co_yield PIPE_MAP(in.value());
}

static generator<long> p_window(generator<long> &in)
{
    long w[PIPE_WINDOW] = { 0 };
    long s = 0;
    unsigned k = 0;
    while (in.next()) {
        long v = in.value();
        s += v - w[k];
        w[k] = v;
        k = (k + 1) % PIPE_WINDOW;
        co_yield s;
    }
}

static generator<int> sib(int n)
{
    for (;;) {
        {
            int a[64];
            for (int i = 0; i < 64; i++)
                a[i] = i * n;
            co_yield a[n & 63];
            co_yield a[(n + 1) & 63];
        }
        {
            int b[64];
            for (int i = 0; i < 64; i++)
                b[i] = i + n;
            co_yield b[n & 63];
            co_yield b[(n + 7) & 63];
        }
        n++;
    }
}

static generator<long> bigs(int n)
{
    big b;
    for (int i = 0; i < 32; i++)
        b.v[i] = i + n;
    for (unsigned i = 0;; i++) {
        b.v[i & 31] += i;
        co_yield b.v[(i * 7) & 31];
    }
}

static long run_range(long n, long setup, const char *)
{
    auto g = range((int)setup);
    long sum = 0;
    for (long k = 0; k < n && g.next(); k++) {
        sum += g.value();
        SINK(sum);
    }
    return sum;
}

static long run_tri(long n, long setup, const char *)
{
    auto g = tri(TRI_REPS(setup));
    long sum = 0;
    for (long k = 0; k < n && g.next(); k++) {
        sum += g.value();
        SINK(sum);
    }
    return sum;
}

static long run_tok(long n, long, const char *text)
{
    auto g = tokens(text);
    long sum = 0;
    for (long k = 0; k < n && g.next(); k++) {
        sum += tok_sum(g.value());
        SINK(sum);
    }
    return sum;
}

static long run_rangew(long n, long, const char *)
{
    auto g = range((int)n);
    long sum = 0;
    while (g.next()) {
        sum += g.value();
        SINK(sum);
    }
    return sum;
}

template <class G> static long harness(long n, G &g)
{
    long sum = 0;
    for (long k = 0; k < n && g.next(); k++) {
        sum += g.value();
        SINK(sum);
    }
    return sum;
}

static long walk_run(long n, const node *root) { auto g = walk(root); return harness(n, g); }

static long run_tree(long n, long setup, const char *)
{
    node *a = tree_nodes(setup);
    long sum = walk_run(n, tree_build(a, 0, setup));
    free(a);
    return sum;
}

static long run_list(long n, long setup, const char *)
{
    node *a = tree_nodes(setup);
    long sum = walk_run(n, tree_list(a, setup));
    free(a);
    return sum;
}

template <int D> static long run_deep(long n, long setup, const char *) { auto g = deep(D, (int)setup); return harness(n, g); }

static long run_crashfin(long, long setup, const char *)
{
    auto g = deep((int)setup, 1);
    long sum = 0;
    while (g.next())
        sum += g.value() + 1;
    return sum;
}

static long run_crashclose(long, long setup, const char *)
{
    auto g = deep((int)setup, 2);
    return g.next();
}

static long run_crashwalk(long, long setup, const char *)
{
    node *a = tree_nodes(setup);
    long sum;
    {
        auto g = walk(tree_leftlist(a, setup));
        sum = g.next() ? g.value() : -1;
    }
    free(a);
    return sum;
}

static long run_pipe(long n, long setup, const char *)
{
    auto src = p_source((int)(2 * setup));
    auto f = p_filter(src);
    auto m = p_map(f);
    auto g = p_window(m);
    return harness(n, g);
}

static long run_sib(long n, long, const char *) { auto g = sib(1); return harness(n, g); }
static long run_bigs(long n, long, const char *) { auto g = bigs(1); return harness(n, g); }

// The frame size: created through a non-inlined factory, so that the frame
// outlives the factory and the allocation cannot be elided.
template <class F> __attribute__((noinline)) static auto make(F f) { return f(); }
static size_t fr_range() { last_frame = 0; { auto g = make([] { return range(1); }); } return last_frame; }
static size_t fr_tri() { last_frame = 0; { auto g = make([] { return tri(1); }); } return last_frame; }
static size_t fr_tok() { last_frame = 0; { auto g = make([] { return tokens(""); }); } return last_frame; }
static size_t fr_walk() { last_frame = 0; { auto g = make([] { return walk(nullptr); }); } return last_frame; }
static size_t fr_deep() { last_frame = 0; { auto g = make([] { return deep(0, 0); }); } return last_frame; }
static size_t fr_sib() { last_frame = 0; { auto g = make([] { return sib(1); }); } return last_frame; }
static size_t fr_bigs() { last_frame = 0; { auto g = make([] { return bigs(1); }); } return last_frame; }
static size_t fr_pipe()
{
    size_t sum = 0;
    last_frame = 0;
    auto src = make([] { return p_source(1); });
    sum += last_frame;
    auto f = make([&] { return p_filter(src); });
    sum += last_frame;
    auto m = make([&] { return p_map(f); });
    sum += last_frame;
    auto w = make([&] { return p_window(m); });
    return sum + last_frame;
}

extern "C" const struct impl impls[] = {
    { "range", run_range, fr_range, "operator_new_size" },
    { "tri", run_tri, fr_tri, "operator_new_size" },
    { "tok", run_tok, fr_tok, "operator_new_size" },
    { "rangew", run_rangew, fr_range, "operator_new_size" },
    { "tree", run_tree, fr_walk, "operator_new_size" },
    { "list1k", run_list, fr_walk, "operator_new_size" },
    { "list2k", run_list, fr_walk, "operator_new_size" },
    { "list5k", run_list, fr_walk, "operator_new_size" },
    { "list10k", run_list, fr_walk, "operator_new_size" },
    { "deep10", run_deep<10>, fr_deep, "operator_new_size" },
    { "deep100", run_deep<100>, fr_deep, "operator_new_size" },
    { "deep1000", run_deep<1000>, fr_deep, "operator_new_size" },
    { "deep10000", run_deep<10000>, fr_deep, "operator_new_size" },
    { "crashfin", run_crashfin, fr_deep, "operator_new_size" },
    { "crashclose", run_crashclose, fr_deep, "operator_new_size" },
    { "crashwalk", run_crashwalk, fr_walk, "operator_new_size" },
    { "pipe", run_pipe, fr_pipe, "operator_new_size" },
    { "sib", run_sib, fr_sib, "operator_new_size" },
    { "bigs", run_bigs, fr_bigs, "operator_new_size" },
    { 0, 0, 0, 0 },
};

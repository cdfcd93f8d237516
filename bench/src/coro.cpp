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

// The frame size: created through a non-inlined factory, so that the frame
// outlives the factory and the allocation cannot be elided.
template <class F> __attribute__((noinline)) static auto make(F f) { return f(); }
static size_t fr_range() { last_frame = 0; { auto g = make([] { return range(1); }); } return last_frame; }
static size_t fr_tri() { last_frame = 0; { auto g = make([] { return tri(1); }); } return last_frame; }
static size_t fr_tok() { last_frame = 0; { auto g = make([] { return tokens(""); }); } return last_frame; }

extern "C" const struct impl impls[] = {
    { "range", run_range, fr_range, "operator_new_size" },
    { "tri", run_tri, fr_tri, "operator_new_size" },
    { "tok", run_tok, fr_tok, "operator_new_size" },
    { 0, 0, 0, 0 },
};

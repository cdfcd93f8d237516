// sym.cpp -- C++20 coroutines with a C++23 std::generator-style `yield from`
// (co_yield elements_of(sub)): the outermost generator keeps a pointer to the
// innermost active one, so a resume goes straight to the leaf; a sub starts
// and finishes by symmetric transfer (await_suspend returns the coroutine to
// run next: a tail call, no C frame per level).  Values go straight into the
// outermost promise.  Destroying a generator suspended deep in delegation
// destroys the frames from the innermost out, one at a time, so closing is
// bounded in C stack too.  Frames from operator new (malloc), as
// std::generator's default allocator does.
#include <coroutine>
#include <cstddef>
#include <exception>
#include <new>
#include <utility>
#include "bench.h"

static size_t last_frame;

template <class T> class sgen;
template <class T> struct elements_of_t { sgen<T> g; };
template <class T> static elements_of_t<T> elements_of(sgen<T> &&g) noexcept { return { std::move(g) }; }

template <class T> class sgen {
public:
    struct promise_type;
    using handle = std::coroutine_handle<promise_type>;

    struct promise_type {
        T value;                    // outermost only: the last value yielded
        promise_type *root = this;  // the outermost generator's promise
        handle leaf;                // outermost only: the innermost active one
        handle parent;              // the delegating one (null at the top)
        sgen *owner = nullptr;      // the object in the parent's frame that holds this one

        sgen get_return_object() noexcept
        {
            leaf = handle::from_promise(*this);
            return sgen{ leaf };
        }
        std::suspend_always initial_suspend() noexcept { return {}; }

        struct final_awaiter {
            bool await_ready() noexcept { return false; }
            std::coroutine_handle<> await_suspend(handle h) noexcept
            {
                promise_type &p = h.promise();
                if (!p.parent)
                    return std::noop_coroutine();
                p.root->leaf = p.parent;    // back to the delegator, which
                return p.parent;            // destroys this frame on resuming
            }
            void await_resume() noexcept {}
        };
        final_awaiter final_suspend() noexcept { return {}; }

        std::suspend_always yield_value(T v) noexcept
        {
            root->value = v;
            return {};
        }

        struct nested_awaiter {
            sgen g;                 // owns the sub-generator until it finishes
            bool await_ready() noexcept { return false; }
            std::coroutine_handle<> await_suspend(handle h) noexcept
            {
                promise_type &sub = g.h.promise(), &me = h.promise();
                sub.root = me.root;
                sub.parent = h;
                sub.owner = &g;
                me.root->leaf = g.h;
                return g.h;         // start it: symmetric transfer
            }
            void await_resume() noexcept {}
        };
        nested_awaiter yield_value(elements_of_t<T> e) noexcept { return { std::move(e.g) }; }

        void return_void() noexcept {}
        void unhandled_exception() noexcept { std::terminate(); }
        static void *operator new(size_t size) { last_frame = size; return ::operator new(size); }
        static void operator delete(void *p, size_t size) noexcept { (void)size; ::operator delete(p); }
    };

    handle h;
    explicit sgen(handle h) noexcept : h(h) {}
    sgen(sgen &&o) noexcept : h(std::exchange(o.h, {})) {}
    sgen(const sgen &) = delete;
    ~sgen()
    {
        if (!h)
            return;
        promise_type &p = h.promise();
        if (p.root == &p) {         // outermost: innermost frames first
            for (handle l = p.leaf; l != h;) {
                handle up = l.promise().parent;
                l.promise().owner->h = {};
                l.destroy();
                l = up;
            }
        }
        h.destroy();
    }
    bool next()
    {
        h.promise().leaf.resume();
        return !h.done();
    }
    const T &value() const { return h.promise().value; }
};

static sgen<int> walk(const node *t)
{
    if (!t)
        co_return;
    co_yield elements_of(walk(t->left));
    co_yield t->key;
    co_yield elements_of(walk(t->right));
}

static sgen<int> deep(int d, int n)
{
    if (d == 0) {
        for (int i = 0; i < n; i++)
            co_yield i;
        co_return;
    }
    co_yield elements_of(deep(d - 1, n));
}

// The non-recursive chain: chain<K> delegates to chain<K-1>; chain<0> counts.
template <int K> static sgen<int> chain(int n)
{
    if constexpr (K == 0) {
        for (int i = 0; i < n; i++)
            co_yield i;
    } else {
        co_yield elements_of(chain<K - 1>(n));
    }
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

template <int D> static long run_chain(long n, long setup, const char *) { auto g = chain<D>((int)setup); return harness(n, g); }

// A second caller of each chain, as in the C chains (never run).
template <int D> static long chain_other(int n)
{
    auto g = chain<D>(n);
    long sum = 0;
    while (g.next())
        sum += g.value();
    return sum;
}
extern "C" long sym_chain1x2_other(int n), sym_chain64x2_other(int n);
extern "C" long sym_chain1x2_other(int n) { return chain_other<1>(n); }
extern "C" long sym_chain64x2_other(int n) { return chain_other<64>(n); }

// Frame sizes, through a non-inlined factory (see coro.cpp).
template <class F> __attribute__((noinline)) static auto make(F f) { return f(); }
static size_t fr_walk() { last_frame = 0; { auto g = make([] { return walk(nullptr); }); } return last_frame; }
static size_t fr_deep() { last_frame = 0; { auto g = make([] { return deep(0, 0); }); } return last_frame; }
static size_t fr_chain0() { last_frame = 0; { auto g = make([] { return chain<0>(0); }); } return last_frame; }

extern "C" const struct impl impls[] = {
    { "tree", run_tree, fr_walk, "operator_new_size_per_level" },
    { "list1k", run_list, fr_walk, "operator_new_size_per_level" },
    { "list2k", run_list, fr_walk, "operator_new_size_per_level" },
    { "list5k", run_list, fr_walk, "operator_new_size_per_level" },
    { "list10k", run_list, fr_walk, "operator_new_size_per_level" },
    { "deep10", run_deep<10>, fr_deep, "operator_new_size_per_level" },
    { "deep100", run_deep<100>, fr_deep, "operator_new_size_per_level" },
    { "deep1000", run_deep<1000>, fr_deep, "operator_new_size_per_level" },
    { "deep10000", run_deep<10000>, fr_deep, "operator_new_size_per_level" },
    { "crashfin", run_crashfin, fr_deep, "operator_new_size_per_level" },
    { "crashclose", run_crashclose, fr_deep, "operator_new_size_per_level" },
    { "crashwalk", run_crashwalk, fr_walk, "operator_new_size_per_level" },
    { "chain1x2", run_chain<1>, fr_chain0, "operator_new_size_per_level" },
    { "chain64x2", run_chain<64>, fr_chain0, "operator_new_size_per_level" },
    { 0, 0, 0, 0 },
};

// A recursive `yield from` whose frame may move (docs/design.md, "yield
// from"): the sub is made in the step's spare frame and its first step runs
// there; it takes a frame from YC_ALLOC only when it first suspends (a
// yield, or a `yield from` of its own), and one that ends in its first step
// takes none.  Counted with a YC_ALLOC of our own:
// - a walk of a full tree: a frame for each non-empty subtree below the
//   root, none for the empty ones (half the subs), every one freed, at the
//   end and when closed half-way;
// - results of subs that ended in the spare, and of moved ones;
// - what a frame keeps survives its move: an array only subscripted, a
//   struct too big to copy at each suspension (it lives in the frame),
//   copied locals, a cleanup's variable; a cleanup of a sub that ends in
//   its first step runs once; closed, the moved frames' run innermost first;
// - random tree shapes, against a plain recursive walk;
// - a frame that may not move (a local's address is kept across its
//   yields): every sub is allocated, and the pointer stays valid (moved,
//   the frame would leave it pointing into the step's dead stack frame:
//   forced to move, this printed 5 4 3 2 1 0 0 0 0 105 -> 105).
// - a frame too big for the step's stack (a 400-byte yield type): every
//   sub is allocated.
// RUN: %check-run --sanitize %s %t | FileCheck %s
// RUN: %yieldc %s -o - | %nochecks | FileCheck %s --check-prefix=MODE
#include <stdio.h>
#include <stdlib.h>
static long allocs, frees;
#define YC_ALLOC(n) (allocs++, malloc(n))
#define YC_FREE(p) (frees++, free(p))
#include <yieldc.h>

struct node { int key; struct node *left, *right; };

static struct node pool[4096];
static int npool;

static struct node *full(int depth, int *key)
{
    if (depth == 0)
        return NULL;
    struct node *n = &pool[npool++];
    n->left = full(depth - 1, key);
    n->key = (*key)++;
    n->right = full(depth - 1, key);
    return n;
}

static unsigned rng = 12345;
static unsigned next_rand(void) { return rng = rng * 1103515245u + 12345u; }

static struct node *random_tree(int budget, int *key)
{
    if (budget <= 0 || next_rand() % 5 == 0)
        return NULL;
    struct node *n = &pool[npool++];
    int l = (int)(next_rand() % (unsigned)budget);
    n->left = random_tree(l, key);
    n->key = (*key)++;
    n->right = random_tree(budget - 1 - l, key);
    return n;
}

static int count_nodes(const struct node *t) { return t ? 1 + count_nodes(t->left) + count_nodes(t->right) : 0; }

static generator(int) void walk(const struct node *t)
{
    if (!t)
        return;
    yield from walk(t->left);
    yield t->key;
    yield from walk(t->right);
}

/* the height, from the results of the subs: the empty ones end in the spare */
static generator(int) int height(const struct node *t)
{
    if (!t)
        return 0;
    int l = yield from height(t->left);
    yield t->key;
    int r = yield from height(t->right);
    return 1 + (l > r ? l : r);
}

/* what it keeps is read back after it moved */
struct wide { long a, b, c, d, e, f; };
static int dropped, drop_trace[64], ndrop;
static void drop(int *v)
{
    dropped++;
    if (ndrop < 64)
        drop_trace[ndrop++] = *v;
}

static generator(long) long keeper(int n)
{
    __attribute__((cleanup(drop))) int level = n;
    int squares[16];
    struct wide w = { n, 2L * n, 3L * n, 4L * n, 5L * n, 6L * n };
    for (int i = 0; i < 16; i++)
        squares[i] = i * i + n;
    if (n == 0)
        return 0;   /* ends in its first step: its cleanup runs, on the spare */
    long below = yield from keeper(n - 1);
    yield squares[15] + w.f;
    long more = yield from keeper(n / 2);
    yield squares[3] + w.a + level;
    return below + more + w.b + squares[1];
}

static long keeper_plain(int n, long *sum)
{
    if (n == 0)
        return 0;
    long below = keeper_plain(n - 1, sum);
    *sum += 225 + n + 6L * n;
    long more = keeper_plain(n / 2, sum);
    *sum += 9 + n + n + n;
    return below + more + 2L * n + 1 + n;
}

/* a local's address kept across yields: the frame stays where it is */
static generator(int) int pinned(int n)
{
    int here = n;
    int *p = &here;
    if (n == 0)
        return 0;
    yield *p;
    int r = yield from pinned(n - 1);
    here += 100;
    yield *p;
    return r + *p;
}

/* what it yields is too big to keep two spare frames of on the step's stack */
struct block { int first; char bytes[396]; };
static generator(struct block) void blocks(int n)
{
    if (n == 0)
        return;
    struct block b = { n, { 0 } };
    yield b;
    yield from blocks(n - 1);
}

static void walk_full(int depth)
{
    int key = 0;
    npool = 0;
    struct node *t = full(depth, &key);
    long a0 = allocs, f0 = frees;
    struct walk g = walk(t);
    long n = 0, sum = 0;
    int in_order = 1, prev = -1;
    while (yc_next(&g)) {
        in_order &= yc_value(&g) == prev + 1;
        prev = yc_value(&g);
        sum += yc_value(&g);
        n++;
    }
    printf("walk depth %d: %ld values, in order %d, sum %ld; frames %ld made, %ld freed\n", depth, n, in_order, sum,
           allocs - a0, frees - f0);
}

int main(void)
{
    walk_full(1);
    walk_full(4);
    walk_full(10);

    /* closed half-way: the moved frames of the path go back */
    int key = 0;
    npool = 0;
    struct walk g = walk(full(10, &key));
    long a0 = allocs, f0 = frees;
    for (int i = 0; i < 500 && yc_next(&g); i++)
        ;
    long live = (allocs - a0) - (frees - f0);
    yc_close(&g);
    printf("closed at 500: %ld frames live before, %ld after\n", live, (allocs - a0) - (frees - f0));

    key = 0;
    npool = 0;
    struct height h = height(full(7, &key));
    int nh = 0;
    while (yc_next(&h))
        nh++;
    printf("height: %d values, result %d\n", nh, yc_result(&h));

    long sum_plain = 0, r_plain = keeper_plain(6, &sum_plain);
    a0 = allocs, f0 = frees;
    dropped = 0;
    struct keeper k = keeper(6);
    long sum = 0;
    while (yc_next(&k))
        sum += yc_value(&k);
    printf("keeper: sum %ld (plain %ld), result %ld (plain %ld), %d cleanups; frames %ld made, %ld freed\n", sum,
           sum_plain, yc_result(&k), r_plain, dropped, allocs - a0, frees - f0);

    /* closed with frames of the chain suspended: their cleanups innermost first */
    struct keeper kc = keeper(4);
    yc_next(&kc);
    ndrop = 0;
    yc_close(&kc);
    printf("keeper closed:");
    for (int i = 0; i < ndrop; i++)
        printf(" %d", drop_trace[i]);
    printf("; frames live %ld\n", (allocs - a0) - (frees - f0));

    int agree = 1;
    for (int round = 0; round < 200; round++) {
        key = 0;
        npool = 0;
        struct node *t = random_tree((int)(next_rand() % 300), &key);
        int nodes = count_nodes(t);
        a0 = allocs, f0 = frees;
        struct walk w = walk(t);
        int expect = 0;
        while (yc_next(&w))
            agree &= yc_value(&w) == expect++;
        /* one frame for each non-empty subtree below the root */
        agree &= expect == nodes && allocs - a0 == (nodes ? nodes - 1 : 0) && frees - f0 == allocs - a0;
    }
    printf("random shapes: agree %d\n", agree);

    a0 = allocs, f0 = frees;
    struct pinned p = pinned(5);
    printf("pinned:");
    while (yc_next(&p))
        printf(" %d", yc_value(&p));
    printf(" -> %d; frames %ld made, %ld freed\n", yc_result(&p), allocs - a0, frees - f0);

    a0 = allocs, f0 = frees;
    struct blocks bl = blocks(4);
    printf("blocks:");
    while (yc_next(&bl))
        printf(" %d", yc_value(&bl).first);
    printf("; frames %ld made, %ld freed\n", allocs - a0, frees - f0);
    return 0;
}

// CHECK: walk depth 1: 1 values, in order 1, sum 0; frames 0 made, 0 freed
// CHECK-NEXT: walk depth 4: 15 values, in order 1, sum 105; frames 14 made, 14 freed
// CHECK-NEXT: walk depth 10: 1023 values, in order 1, sum 522753; frames 1022 made, 1022 freed
// CHECK-NEXT: closed at 500: 7 frames live before, 0 after
// CHECK-NEXT: height: 127 values, result 7
// CHECK-NEXT: keeper: sum [[SUM:[0-9]+]] (plain [[SUM]]), result [[R:[0-9]+]] (plain [[R]]), 39 cleanups; frames 18 made, 18 freed
// CHECK-NEXT: keeper closed: 1 2 3 4; frames live 0
// CHECK-NEXT: random shapes: agree 1
// CHECK-NEXT: pinned: 5 4 3 2 1 101 102 103 104 105 -> 515; frames 5 made, 5 freed
// CHECK-NEXT: blocks: 4 3 2 1; frames 4 made, 4 freed

// MODE: YC__DEFINE_STEP_CHAIN_VOID(walk, {{.*}}, SCRATCH, yc_sub_1)
// MODE: YC__DEFINE_STEP_CHAIN(height, {{.*}}, SCRATCH, yc_sub_1,
// MODE: YC__DEFINE_STEP_CHAIN(keeper, {{.*}}, SCRATCH, yc_sub_1,
// MODE: YC__DEFINE_STEP_CHAIN(pinned, {{.*}}, HEAP, yc_sub_2,
// MODE: YC__DEFINE_STEP_CHAIN_VOID(blocks, {{.*}}, HEAP, yc_sub_2)

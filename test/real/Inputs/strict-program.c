/* A program written clean under the warning flags strict projects build
   with (strict-warnings.test): each generator kind and construct whose
   lowering writes code of its own. */
#include <stdio.h>
#include <stdlib.h>
#include <yieldc.h>

struct node {
    int v;
    struct node *l, *r;
};

static void drop(int *p)
{
    printf("drop %d\n", *p);
}

#define AWAIT(c) while (!(c)) yield

/* recursion: the delegation chain, YC_ALLOC */
static generator(int) int walk(const struct node *n)
{
    if (!n)
        return 0;
    int left = yield from walk(n->l);
    yield n->v;
    int right = yield from walk(n->r);
    return left + right + 1;
}

/* send, cleanups, a switch of the user's, a lowered loop, a macro's yield */
static generator(int, int) int acc(int limit)
{
    __attribute__((cleanup(drop))) int total = 0;
    int k = 0;
    for (int i = 0; i < limit; i += (yield total) > 0 ? 1 : 2) {
        switch (i % 3) {
        case 0:
            total += i;
            break;
        case 1:
            total -= 1;
            break;
        default:
            break;
        }
    }
    AWAIT(++k >= 2) total;
    return total;
}

/* yield from in place and through a pointer; a result falls off the end */
static generator(int) int outer(struct acc *a)
{
    int n = yield from walk(NULL);
    n += yield from a;
    yield n;
}

/* macros the expansion goes through: in an argument, in a definition
   (systemd's style), and a macro defined again for a later generator */
#define SUSPEND yield
#define READY(x) ((x) >= 2)
#define WAIT_FOR(c) while (!(c)) SUSPEND
#define _cleanup_(f) __attribute__((cleanup(f)))
#define _cleanup_drop_ _cleanup_(drop)
#undef AWAIT
#define AWAIT(c) while (!(c)) yield -

static generator(int) int nested(int n)
{
    _cleanup_drop_ int c = n;
    int k = 0;
    WAIT_FOR(READY(++k)) c;
    AWAIT(++k >= 4) c;
    return c + k;
}

/* a counted loop first in the body: the constructor sets its first clause,
   and the first step enters the loop where every resume does */
static generator(unsigned) unsigned counted(unsigned lo, unsigned n)
{
    for (unsigned i = lo; i < n; i++)
        yield i * 2u;
    return n;
}

int main(void)
{
    struct node leaves[2] = { { 1, NULL, NULL }, { 3, NULL, NULL } };
    struct node root = { 2, &leaves[0], &leaves[1] };
    struct walk w = walk(&root);
    while (yc_next(&w))
        printf("walk %d\n", yc_value(&w));
    printf("nodes %d\n", yc_result(&w));

    struct acc a = acc(5);
    struct outer o = outer(&a);
    while (yc_next(&o))
        printf("outer %d\n", yc_value(&o));
    printf("outer result %d\n", yc_result(&o));

    struct acc b = acc(10);
    yc_next(&b);
    yc_send(&b, 1);
    struct yc_gen h = yc_handle(&b);
    yc_gen_close(h);
    printf("closed %d\n", yc_gen_done(h) ? 1 : 0);

    struct nested n = nested(6);
    while (yc_next(&n))
        printf("nested %d\n", yc_value(&n));
    printf("nested result %d\n", yc_result(&n));

    struct counted c = counted(1, 3);
    while (yc_next(&c))
        printf("counted %u\n", yc_value(&c));
    printf("counted result %u\n", yc_result(&c));
    return 0;
}

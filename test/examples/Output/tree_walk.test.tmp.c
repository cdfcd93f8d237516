/*
 * tree_walk.c -- an iterator over a linked structure: the in-order walk of
 * a binary search tree, with an explicit stack kept in the generator's
 * frame (no recursion, no allocation), stopped early by the caller.
 */
#include <stdio.h>
#include <yieldc.h>

struct node {
    int key;
    struct node *left, *right;
};

/* Yields the keys of the tree in order; returns the height reached. */
#ifndef YC__HGEN_in_order
struct in_order {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    int yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    struct node *root;  /* parameter 'root', line 15 */
    __typeof__(struct node *[32]) stack;  /* local 'stack', line 17 */
    int depth;  /* local 'depth', line 18 */
    int deepest;  /* local 'deepest', line 18 */
    struct node *n;  /* local 'n', line 19 */
};
#endif
struct in_order in_order(struct node *root);
bool in_order__next(struct in_order *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type in_order__send(struct in_order *, ...);
void in_order__close(struct in_order *yc_f);
const struct yc_kind *in_order__kind(void);
#ifdef YC__HGEN_in_order
#define YC__LGEN_in_order(op)
#else
#define YC__LGEN_in_order(op) struct in_order *: in_order__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_in_order(op)
struct in_order in_order(struct node *root)
{
    return (struct in_order){ .yc_state = 0, .root = root };
}
bool in_order__next(struct in_order *yc_f)
{
    struct node *root = yc_f->root;
    switch (YC__ENTER(yc_f, "in_order")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 16 "/work/main/examples/tree_walk.c"
{
    /* stack: in the frame */
    int depth = 0, deepest = 0;
    struct node *n = root;
    while (n || depth > 0) {
        while (n) {
            yc_f->stack[depth++] = n;
            if (depth > deepest)
                deepest = depth;
            n = n->left;
        }
        n = yc_f->stack[--depth];
        { yc_f->yc_value = (n->key); yc_f->root = root; yc_f->depth = depth; yc_f->deepest = deepest; yc_f->n = n; yc_f->yc_state = 1; return true; yc_resume_1:; depth = yc_f->depth; deepest = yc_f->deepest; n = yc_f->n;  }
        n = n->right;
    }
    return yc_f->yc_result = (deepest), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void in_order__close(struct in_order *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, in_order)
#line 32 "/work/main/examples/tree_walk.c"
 

static struct node *insert(struct node *t, struct node *n)
{
    if (!t)
        return n;
    if (n->key < t->key)
        t->left = insert(t->left, n);
    else
        t->right = insert(t->right, n);
    return t;
}

int main(void)
{
    static const int keys[] = { 50, 30, 70, 20, 40, 60, 80, 35, 65 };
    struct node nodes[9], *root = NULL;
    for (int i = 0; i < 9; i++) {
        nodes[i] = (struct node){ keys[i], NULL, NULL };
        root = insert(root, &nodes[i]);
    }
    struct in_order walk = in_order(root);
    while (yc_next(&walk))
        printf("%d ", yc_value(&walk));
    printf("\nheight %d\n", yc_result(&walk));

    /* Stop early: the first key above 55, then close the walk. */
    struct in_order find = in_order(root);
    while (yc_next(&find) && yc_value(&find) <= 55)
        ;
    printf("first above 55: %d\n", yc_value(&find));
    yc_close(&find);
    printf("closed: done=%d, next=%d\n", yc_done(&find), yc_next(&find));
    return 0;
}

/*
 * tree_walk.c -- iterators over a linked structure: the in-order walk of a
 * binary search tree, twice.  in_order keeps an explicit stack in its frame
 * (no recursion, no allocation) and is stopped early by the caller; walk is
 * the recursive version, as in Python:
 *
 *     def walk(n):
 *         if n is None: return 0
 *         left = yield from walk(n.left)
 *         yield n.key
 *         return left + 1 + (yield from walk(n.right))
 *
 * a level's frame comes from YC_ALLOC (here counted) once it suspends, and goes
 * back when it finishes or the walk is closed (an empty subtree takes none).
 */
#include <stdio.h>
#include <stdlib.h>

static int frames_live, frames_max;     /* the recursive walk's frames */
static void *count_alloc(size_t size)
{
    if (++frames_live > frames_max)
        frames_max = frames_live;
    return malloc(size);
}
#define YC_ALLOC(size) count_alloc(size)
#define YC_FREE(p) (frames_live--, free(p))
#include <yieldc.h>

struct node {
    int key;
    struct node *left, *right;
};

/* Yields the keys of the tree in order; returns the height reached. */
generator(int) int in_order(struct node *root)
{
    struct node *stack[32];
    int depth = 0, deepest = 0;
    struct node *n = root;
    while (n || depth > 0) {
        while (n) {
            stack[depth++] = n;
            if (depth > deepest)
                deepest = depth;
            n = n->left;
        }
        n = stack[--depth];
        yield n->key;
        n = n->right;
    }
    return deepest;
}

/* Yields the keys in order; returns how many there were. */
generator(int) int walk(struct node *n)
{
    if (!n)
        return 0;
    int left = yield from walk(n->left);
    yield n->key;
    return left + 1 + (yield from walk(n->right));
}

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
    struct in_order all = in_order(root);
    while (yc_next(&all))
        printf("%d ", yc_value(&all));
    printf("\nheight %d\n", yc_result(&all));

    /* Stop early: the first key above 55, then close the walk. */
    struct in_order find = in_order(root);
    while (yc_next(&find) && yc_value(&find) <= 55)
        ;
    printf("first above 55: %d\n", yc_value(&find));
    yc_close(&find);
    printf("closed: done=%d, next=%d\n", yc_done(&find), yc_next(&find));

    /* The recursive walk, in full, then stopped half way and closed. */
    struct walk w = walk(root);
    while (yc_next(&w))
        printf("%d ", yc_value(&w));
    printf("\nrecursive walk: %d keys, at most %d frames allocated at once, %d left\n", yc_result(&w),
           frames_max, frames_live);
    struct walk half = walk(root);
    for (int i = 0; i < 4; i++)
        yc_next(&half);
    printf("stopped at %d with %d frames allocated; ", yc_value(&half), frames_live);
    yc_close(&half);
    printf("closed: %d left\n", frames_live);
    return 0;
}

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

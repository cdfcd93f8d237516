// yield from: recursion through YC_ALLOC/YC_FREE (user-defined, counted), send
// pass-through, delegation to a partly consumed generator by pointer, close
// through delegation freeing the recursive frames (the empty subtrees'
// walks end in their first step and take none); valgrind finds no leak.
// RUN: %check-run %s %t -g | FileCheck %s
// RUN: valgrind -q --leak-check=full --error-exitcode=9 %t.gcc | FileCheck %s
#include <stdio.h>
#include <stdlib.h>
static int allocs, frees;
#define YC_ALLOC(n) (allocs++, malloc(n))
#define YC_FREE(p) (frees++, free(p))
#include <yieldc.h>

struct node { int key; struct node *left, *right; };

generator(int) int walk(struct node *n)
{
    if (!n)
        return 0;
    int count = yield from walk(n->left);
    yield n->key;
    count += 1 + (yield from walk(n->right));
    return count;
}

generator(int, int) int echo(int times)
{
    int total = 0;
    for (int i = 0; i < times; i++)
        total += yield total;
    return total;
}

generator(int, int) int relay(struct echo *e)
{
    int first = yield from e;
    int second = yield from echo(2);
    return first * 100 + second;
}

int main(void)
{
    struct node n[7] = {{40,0,0},{20,0,0},{60,0,0},{10,0,0},{30,0,0},{50,0,0},{70,0,0}};
    n[0].left = &n[1]; n[0].right = &n[2]; n[1].left = &n[3]; n[1].right = &n[4]; n[2].left = &n[5]; n[2].right = &n[6];
    struct walk w = walk(&n[0]);
    while (yc_next(&w)) printf("%d ", yc_value(&w));
    printf("| count %d allocs %d frees %d\n", yc_result(&w), allocs, frees);
    struct walk w2 = walk(&n[0]);
    for (int i = 0; i < 2; i++) yc_next(&w2);
    yc_close(&w2);
    printf("closed early: allocs %d frees %d done %d\n", allocs, frees, yc_done(&w2));
    struct echo e = echo(3);
    yc_next(&e); yc_send(&e, 5);          /* partly consumed: total 5 */
    struct relay r = relay(&e);
    int v = 1;
    bool more = yc_next(&r);
    while (more) { printf("got %d ", yc_value(&r)); more = yc_send(&r, v); v *= 10; }
    printf("| relay %d e.done %d\n", yc_result(&r), yc_done(&e));
}
// CHECK: 10 20 30 40 50 60 70 | count 7 allocs 6 frees 6
// CHECK-NEXT: closed early: allocs 8 frees 8 done 1
// CHECK-NEXT: got 5 got 0 got 10 | relay 710 e.done 1

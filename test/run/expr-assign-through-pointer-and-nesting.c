// `p->f = yield`, `p->next->f = yield`, a yield as the argument of a call through a returned function pointer, `&&` in a for condition with continue, yields inside switch cases, and `return` of a call whose argument is a `?:` of yields.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct node { int f; struct node *next; };

static int twice(int v) { return 2 * v; }
static int (*pick(void))(int) { return twice; }

generator(int, int) int q(int a)
{
    struct node n2 = { 0, NULL }, n1 = { 0, &n2 };
    struct node *p = &n1;
    p->f = yield 1;
    p->next->f = yield 2;
    int w = pick()(yield 3);
    int k = 0;
    for (int i = 0; i < 5 && (yield 10 + i); i++) {
        if (i == 1)
            continue;
        k += i;
    }
    switch (yield 20) {
    case 1:
        k += yield 21;
        break;
    default:
        k -= yield 22;
    }
    return a ? twice(a > 1 ? (yield 30) : (yield 31)) + n1.f * 1000 + n2.f * 100 + w * 10 + k : 0;
}

static void run(int a, const int *sends)
{
    struct q g = q(a);
    bool more = yc_next(&g);
    for (int i = 0; more; i++) {
        printf("%d ", yc_value(&g));
        more = yc_send(&g, sends[i]);
    }
    printf("-> %d\n", yc_result(&g));
}

int main(void)
{
    run(2, (const int[]){ 5, 6, 7, 1, 1, 1, 0, 1, 4, 8 });
    // CHECK: 1 2 3 10 11 12 13 20 21 30 -> 5762
    run(1, (const int[]){ 1, 2, 3, 1, 1, 1, 1, 1, 9, 2, 5 });
    // CHECK-NEXT: 1 2 3 10 11 12 13 14 20 22 31 -> 1277
    return 0;
}

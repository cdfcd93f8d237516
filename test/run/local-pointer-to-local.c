// A pointer to a local taken before a yield stays valid after it (frame not moved): writes through it and reads of the local agree.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static void add(int *p, int v) { *p += v; }

struct node { int val; struct node *next; };

generator(int *) int counter(void)
{
    int x = 10;
    int *px = &x;
    yield px;                 /* the caller may write through it */
    yield &x;
    *px += 1;
    add(&x, 100);
    yield px;
    struct node a = { 1, NULL }, b = { 2, &a };
    struct node *head = &b;
    yield &head->next->val;
    int sum = 0;
    for (struct node *n = head; n; n = n->next)
        sum += n->val;
    return sum * 1000 + x;
}

int main(void)
{
    struct counter g = counter();
    yc_next(&g);
    int *p = yc_value(&g);
    printf("first %d\n", *p);
    // CHECK: first 10
    *p = 20;
    yc_next(&g);
    printf("same %d now %d\n", yc_value(&g) == p, *yc_value(&g));
    // CHECK-NEXT: same 1 now 20
    yc_next(&g);
    printf("same %d now %d\n", yc_value(&g) == p, *p);
    // CHECK-NEXT: same 1 now 121
    yc_next(&g);
    int *aval = yc_value(&g);
    printf("a.val %d\n", *aval);
    // CHECK-NEXT: a.val 1
    *aval = 5;
    bool more = yc_next(&g);
    printf("more %d result %d\n", more, yc_result(&g));
    // CHECK-NEXT: more 0 result 7121
    return 0;
}

// --graph: the paths between resume points follow the body's control flow: branches, loops
// (constant conditions take their branch), switch, break/continue, goto, return, the lazy
// operators, and `yield from` (which lets the path go on when the sub can finish at once).
// RUN: %yieldc --graph %s | FileCheck %s
#include <yieldc.h>

generator(int) int branches(int x)
{
    if (x)
        yield 1;
    else
        yield 2;
    yield 3;
    if (x > 1)
        return 4;
    yield 5;
    return 0;
}

generator(int) int forever(void)
{
    int i = 0;
    while (1)
        yield i++;
    yield -1;       /* never reached: no path leaves the loop */
}

generator(int, int) int loops(int n)
{
    for (int i = 0; i < n; i++) {
        if (i == 2)
            continue;
        if (i == 5)
            break;
        yield i;
    }
    do {
        yield 10;
    } while (0);
    while ((yield 20) < n)
        ;
    return n;
}

generator(int) int cases(int k)
{
    switch (k) {
    case 0:
        yield 0;
        /* fall through */
    case 1:
        yield 1;
        break;
    case 2:
        return 2;
    }
    switch (k) {
    default:
        yield 3;
    }
    return -1;
}

generator(int) int jumps(int n)
{
again:
    yield n;
    if (--n > 0)
        goto again;
    goto out;
    yield -1;       /* never reached */
out:
    return n;
}

generator(int, int) int lazy(int x)
{
    int a = x && (yield 1);
    int b = x ? (yield 2) : 0;
    return a + b;
}

generator(int) int finishes_at_once(int n)
{
    if (n)
        yield n;
    return 0;
}

generator(int) int always_yields(void)
{
    yield 1;
    return 1;
}

generator(int) int delegator(struct always_yields *g)
{
    yield from always_yields();     /* always suspends */
    yield from finishes_at_once(0); /* may not */
    yield from g;                   /* may have finished already */
    return 0;
}


// CHECK: /* yieldc --graph {{.*}}graph-flow.c: each generator's states (start, its resume points, done) and the paths of its
// CHECK: digraph "{{.*}}graph-flow.c" {
// CHECK-LABEL: subgraph "cluster_branches" {
// CHECK-NEXT: label="generator branches, line 7";
// CHECK-NEXT: "branches.start" [label="start", shape=circle];
// CHECK-NEXT: "branches.1" [label="yield 1, line 10\n(state 1)"];
// CHECK-NEXT: "branches.2" [label="yield 2, line 12\n(state 2)"];
// CHECK-NEXT: "branches.3" [label="yield 3, line 13\n(state 3)"];
// CHECK-NEXT: "branches.4" [label="yield 5, line 16\n(state 4)"];
// CHECK-NEXT: "branches.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "branches.start" -> "branches.1";
// CHECK-NEXT: "branches.start" -> "branches.2";
// CHECK-NEXT: "branches.1" -> "branches.3";
// CHECK-NEXT: "branches.2" -> "branches.3";
// CHECK-NEXT: "branches.3" -> "branches.4";
// CHECK-NEXT: "branches.3" -> "branches.done";
// CHECK-NEXT: "branches.4" -> "branches.done";
// CHECK-NEXT: }
// CHECK-LABEL: subgraph "cluster_forever" {
// CHECK-NEXT: label="generator forever, line 20";
// CHECK-NEXT: "forever.start" [label="start", shape=circle];
// CHECK-NEXT: "forever.1" [label="yield i++, line 24\n(state 1)"];
// CHECK-NEXT: "forever.2" [label="yield -1, line 25\n(state 2)\nnever reached", style="rounded,dashed"];
// CHECK-NEXT: "forever.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "forever.start" -> "forever.1";
// CHECK-NEXT: "forever.1" -> "forever.1";
// CHECK-NEXT: }
// CHECK-LABEL: subgraph "cluster_loops" {
// CHECK-NEXT: label="generator loops, line 28";
// CHECK-NEXT: "loops.start" [label="start", shape=circle];
// CHECK-NEXT: "loops.1" [label="yield i, line 35\n(state 1)"];
// CHECK-NEXT: "loops.2" [label="yield 10, line 38\n(state 2)"];
// CHECK-NEXT: "loops.3" [label="yield 20, line 40\n(state 3)"];
// CHECK-NEXT: "loops.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "loops.start" -> "loops.1";
// CHECK-NEXT: "loops.start" -> "loops.2";
// CHECK-NEXT: "loops.1" -> "loops.1";
// CHECK-NEXT: "loops.1" -> "loops.2";
// CHECK-NEXT: "loops.2" -> "loops.3";
// CHECK-NEXT: "loops.3" -> "loops.3";
// CHECK-NEXT: "loops.3" -> "loops.done";
// CHECK-NEXT: }
// CHECK-LABEL: subgraph "cluster_cases" {
// CHECK-NEXT: label="generator cases, line 45";
// CHECK-NEXT: "cases.start" [label="start", shape=circle];
// CHECK-NEXT: "cases.1" [label="yield 0, line 49\n(state 1)"];
// CHECK-NEXT: "cases.2" [label="yield 1, line 52\n(state 2)"];
// CHECK-NEXT: "cases.3" [label="yield 3, line 59\n(state 3)"];
// CHECK-NEXT: "cases.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "cases.start" -> "cases.1";
// CHECK-NEXT: "cases.start" -> "cases.2";
// CHECK-NEXT: "cases.start" -> "cases.3";
// CHECK-NEXT: "cases.start" -> "cases.done";
// CHECK-NEXT: "cases.1" -> "cases.2";
// CHECK-NEXT: "cases.2" -> "cases.3";
// CHECK-NEXT: "cases.3" -> "cases.done";
// CHECK-NEXT: }
// CHECK-LABEL: subgraph "cluster_jumps" {
// CHECK-NEXT: label="generator jumps, line 64";
// CHECK-NEXT: "jumps.start" [label="start", shape=circle];
// CHECK-NEXT: "jumps.1" [label="yield n, line 67\n(state 1)"];
// CHECK-NEXT: "jumps.2" [label="yield -1, line 71\n(state 2)\nnever reached", style="rounded,dashed"];
// CHECK-NEXT: "jumps.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "jumps.start" -> "jumps.1";
// CHECK-NEXT: "jumps.1" -> "jumps.1";
// CHECK-NEXT: "jumps.1" -> "jumps.done";
// CHECK-NEXT: }
// CHECK-LABEL: subgraph "cluster_lazy" {
// CHECK-NEXT: label="generator lazy, line 76";
// CHECK-NEXT: "lazy.start" [label="start", shape=circle];
// CHECK-NEXT: "lazy.1" [label="yield 1, line 78\n(state 1)"];
// CHECK-NEXT: "lazy.2" [label="yield 2, line 79\n(state 2)"];
// CHECK-NEXT: "lazy.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "lazy.start" -> "lazy.1";
// CHECK-NEXT: "lazy.start" -> "lazy.2";
// CHECK-NEXT: "lazy.start" -> "lazy.done";
// CHECK-NEXT: "lazy.1" -> "lazy.2";
// CHECK-NEXT: "lazy.1" -> "lazy.done";
// CHECK-NEXT: "lazy.2" -> "lazy.done";
// CHECK-NEXT: }
// CHECK-LABEL: subgraph "cluster_finishes_at_once" {
// CHECK-NEXT: label="generator finishes_at_once, line 83";
// CHECK-NEXT: "finishes_at_once.start" [label="start", shape=circle];
// CHECK-NEXT: "finishes_at_once.1" [label="yield n, line 86\n(state 1)"];
// CHECK-NEXT: "finishes_at_once.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "finishes_at_once.start" -> "finishes_at_once.1";
// CHECK-NEXT: "finishes_at_once.start" -> "finishes_at_once.done";
// CHECK-NEXT: "finishes_at_once.1" -> "finishes_at_once.done";
// CHECK-NEXT: }
// CHECK-LABEL: subgraph "cluster_always_yields" {
// CHECK-NEXT: label="generator always_yields, line 90";
// CHECK-NEXT: "always_yields.start" [label="start", shape=circle];
// CHECK-NEXT: "always_yields.1" [label="yield 1, line 92\n(state 1)"];
// CHECK-NEXT: "always_yields.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "always_yields.start" -> "always_yields.1";
// CHECK-NEXT: "always_yields.1" -> "always_yields.done";
// CHECK-NEXT: }
// CHECK-LABEL: subgraph "cluster_delegator" {
// CHECK-NEXT: label="generator delegator, line 96";
// CHECK-NEXT: "delegator.start" [label="start", shape=circle];
// CHECK-NEXT: "delegator.1" [label="yield from always_yields(), line 98\n(state 1)", peripheries=2];
// CHECK-NEXT: "delegator.2" [label="yield from finishes_at_once(0), line 99\n(state 2)", peripheries=2];
// CHECK-NEXT: "delegator.3" [label="yield from g, line 100\n(state 3)", peripheries=2];
// CHECK-NEXT: "delegator.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "delegator.start" -> "delegator.1";
// CHECK-NEXT: "delegator.1" -> "delegator.2";
// CHECK-NEXT: "delegator.1" -> "delegator.3";
// CHECK-NEXT: "delegator.1" -> "delegator.done";
// CHECK-NEXT: "delegator.2" -> "delegator.3";
// CHECK-NEXT: "delegator.2" -> "delegator.done";
// CHECK-NEXT: "delegator.3" -> "delegator.done";
// CHECK-NEXT: "delegator.1" -> "delegator.1" [label="delegates", style=dashed];
// CHECK-NEXT: "delegator.2" -> "delegator.2" [label="delegates", style=dashed];
// CHECK-NEXT: "delegator.3" -> "delegator.3" [label="delegates", style=dashed];
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NOT: {{.}}

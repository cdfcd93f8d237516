// --graph: loops written by macros.  Where the parts of a `for` cannot be told apart by their
// place, every part may run on each turn and the loop may end after any (an over-approximation);
// a `for (;;)` has no part but its body, and never ends but by a jump.
// RUN: %yieldc --graph %s | FileCheck %s
#include <yieldc.h>

#define REPEAT(n) for (int r_ = 0; r_ < (n); r_++)
#define FOREVER for (;;)

generator(void) int waiter(int *flag)
{
    REPEAT(3)
        yield;
    while (!*flag)
        yield;
    return 1;
}

generator(int) int ticks(void)
{
    int t = 0;
    FOREVER
        yield t++;
}

// CHECK: /* yieldc --graph {{.*}}graph-macros.c: each generator's states (start, its resume points, done) and the paths of its
// CHECK: digraph "{{.*}}graph-macros.c" {
// CHECK-LABEL: subgraph "cluster_waiter" {
// CHECK-NEXT: label="generator waiter, line 10";
// CHECK-NEXT: "waiter.start" [label="start", shape=circle];
// CHECK-NEXT: "waiter.1" [label="yield, line 13\n(state 1)"];
// CHECK-NEXT: "waiter.2" [label="yield, line 15\n(state 2)"];
// CHECK-NEXT: "waiter.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "waiter.start" -> "waiter.1";
// CHECK-NEXT: "waiter.start" -> "waiter.2";
// CHECK-NEXT: "waiter.start" -> "waiter.done";
// CHECK-NEXT: "waiter.1" -> "waiter.1";
// CHECK-NEXT: "waiter.1" -> "waiter.2";
// CHECK-NEXT: "waiter.1" -> "waiter.done";
// CHECK-NEXT: "waiter.2" -> "waiter.2";
// CHECK-NEXT: "waiter.2" -> "waiter.done";
// CHECK-NEXT: }
// CHECK-LABEL: subgraph "cluster_ticks" {
// CHECK-NEXT: label="generator ticks, line 19";
// CHECK-NEXT: "ticks.start" [label="start", shape=circle];
// CHECK-NEXT: "ticks.1" [label="yield t++, line 23\n(state 1)"];
// CHECK-NEXT: "ticks.done" [label="done", shape=doublecircle];
// CHECK-NEXT: "ticks.start" -> "ticks.1";
// CHECK-NEXT: "ticks.1" -> "ticks.1";
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NOT: {{.}}

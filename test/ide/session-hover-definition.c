// REQUIRES: clangd
// An editor's session on a file with generators, through yieldc-clangd:
// positions are the file's as written, both ways (CHECK lines at the end).
// RUN: %lsp_client %s 'hover 12:20' 'definition 32:9' 'references 12:20' \
// RUN:   'highlight 14:14' 'hover 14:14' 'definition 23:26' 'hover 23:9' 'symbols 1:1' 'complete 16:13' \
// RUN:   -- %yc_clangd --log=error | FileCheck %s
#include <yieldc.h>
#include <stdio.h>

/* count: 0, 1, ..., n - 1 */
static
generator(int) int count(int n)
{
    for (int i = 0; i < n; i++)
        yield i;
    return n;
}

/* twice: what count(3) yields, then what it is sent */
static
generator(long, int) int twice(void)
{
    int sum = yield from count(3);
    long got = yield (long)sum;
    return (int)got;
}

int main(void)
{
    int total = 0;
    struct count c;
    c = count(2);
    while (yc_next(&c))
        printf("%d\n", yc_value(&c));
    struct twice t = twice();
    yc_next(&t);
    yc_send(&t, 7);
    total = yc_result(&c) + yc_result(&t);
    return total;
}

// CHECK: sync: 1
// CHECK-NEXT: diagnostics: 0
// On the generator's name: its API (what callers call), then its frame
// CHECK-NEXT: hover: function count | → struct count | Parameters: | - int n | static struct count count(int n) | --- | The frame (yieldc --explain): | {{.*}}session-hover-definition.c:12: generator count: yields int, returns int */ | struct count { |{{.*}}| {{.*}}int {{ *}}n; {{.*}}parameter 'n', line 12 (copied) */ | {{.*}}int {{ *}}i; {{.*}}local 'i', line 14 (copied) */ |{{.*}}sizeof(struct count) == 20{{.*}}| {{.*}}1 {{ *}}15:9 {{ *}}yield i {{ *}}n, i
// CHECK-NEXT: hover range: 12:1-12:20
// A caller's call: the generator
// CHECK-NEXT: definition: session-hover-definition.c 12:1-12:20
// The generator's callers, a yield from included
// CHECK-NEXT: references: session-hover-definition.c 12:1-12:20
// CHECK-NEXT: references: session-hover-definition.c 23:26-23:31
// CHECK-NEXT: references: session-hover-definition.c 32:9-32:14
// A local of the body: every use, the one in the yield's operand included
// CHECK-NEXT: highlight: session-hover-definition.c 14:14-14:15
// CHECK-NEXT: highlight: session-hover-definition.c 14:21-14:22
// CHECK-NEXT: highlight: session-hover-definition.c 14:28-14:29
// CHECK-NEXT: highlight: session-hover-definition.c 15:15-15:16
// CHECK-NEXT: hover: variable i | Type: int | Value = 0 | // In count | int i = 0
// CHECK-NEXT: hover range: 14:14-14:15
// The sub-generator of a yield from
// CHECK-NEXT: definition: session-hover-definition.c 12:1-12:20
// CHECK-NEXT: hover: variable sum | Type: int | // In twice | int sum = yield from count(3)
// CHECK-NEXT: hover range: 23:9-23:12
// The outline: the generators as written, the view's own names left out
// CHECK-NEXT: symbol: count 12:1-12:20
// CHECK-NOT: symbol: yc__
// CHECK: symbol: count 12:1-17:2
// CHECK-NOT: symbol: yc__
// CHECK: symbol: twice 21:1-26:2
// CHECK-NEXT: symbol: main 28:1-40:2
// Completion in a body: its names first, none of the view's own
// CHECK-NEXT: complete: n 16:12-16:13
// CHECK-NOT: complete: {{yc__|YC__}}

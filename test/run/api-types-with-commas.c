// The functions yieldc.h defines for a generator (YC__DECLARE_SEND, YC__DEFINE_STEP, ...) take the send and return types as declarators: types with commas in them (function pointers), void and static generators, through yc_next, yc_send, yc_close and handles.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }

/* sends a function pointer (its type spelled with a comma), returns one */
generator(int, int (*)(int, int)) binop fold(int start)
{
    int acc = start;
    int (*last)(int, int) = add;
    for (;;) {
        int (*op)(int, int) = yield acc;
        if (!op)
            break;
        acc = op(acc, 3);
        last = op;
    }
    return last;
}

static generator(int) void countdown(int n)
{
    while (n > 0)
        yield n--;
}

int main(void)
{
    struct fold f = fold(1);
    yc_next(&f);
    // CHECK: 1
    printf("%d\n", yc_value(&f));
    yc_send(&f, add);
    // CHECK-NEXT: 4
    printf("%d\n", yc_value(&f));
    yc_send(&f, mul);
    // CHECK-NEXT: 12
    printf("%d\n", yc_value(&f));
    // CHECK-NEXT: done 1 mul
    bool more = yc_send(&f, (binop)0);
    printf("done %d %s\n", !more, yc_result(&f) == mul ? "mul" : "other");

    struct countdown c = countdown(3);
    struct yc_gen h = yc_handle(&c);
    // CHECK-NEXT: {{^}}3 2 1 {{$}}
    while (yc_gen_next(h))
        printf("%d ", yc_value(&c));
    puts("");
    struct countdown d = countdown(5);
    yc_next(&d);
    yc_close(&d);
    // CHECK-NEXT: closed 1
    printf("closed %d\n", yc_done(&d));
    return 0;
}

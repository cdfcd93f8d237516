// A struct send type with a struct yield type: a running-statistics generator receives samples by value and yields a summary after each; yc_next sends a zero sample.
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

struct sample { int t; double v; };
struct stats { int n; double sum; int last_t; };

generator(struct stats, struct sample) struct stats running(void)
{
    struct stats st = { 0, 0.0, -1 };
    struct sample s;
    while ((s = yield st).t >= 0) {
        st.n++;
        st.sum += s.v;
        st.last_t = s.t;
    }
    return st;
}

static void show(struct running *g)
{
    struct stats st = yc_value(g);
    printf("n %d sum %.2f last %d\n", st.n, st.sum, st.last_t);
}

int main(void)
{
    struct running g = running();
    yc_next(&g);
    show(&g);
    // CHECK: n 0 sum 0.00 last -1
    struct sample a = { 3, 1.5 }, b = { 7, 2.25 };
    yc_send(&g, a);
    show(&g);
    // CHECK-NEXT: n 1 sum 1.50 last 3
    yc_send(&g, b);
    show(&g);
    // CHECK-NEXT: n 2 sum 3.75 last 7
    yc_next(&g);
    show(&g);
    // CHECK-NEXT: n 3 sum 3.75 last 0
    struct sample stop = { -1, 100.0 };
    bool more = yc_send(&g, stop);
    struct stats r = yc_result(&g);
    printf("more %d result n %d sum %.2f last %d\n", more, r.n, r.sum, r.last_t);
    // CHECK-NEXT: more 0 result n 3 sum 3.75 last 0
    return 0;
}

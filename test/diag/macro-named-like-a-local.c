// A macro named like a local that lives across a yield (`#define k (k + 100)`, defined after
// the local's declaration): yieldc rewrites the local's uses (`yc_f->k`, or a renamed field when
// an inner `k` shadows an outer one) and names it in its own code, so the macro was dropped
// silently (the program yielded 1 2 3 instead of 101 102 103) or expanded inside generated
// code (`yc_f->(k + 100)`, output that does not compile). Refused at the use, with nothing
// written; so is a function-like macro named like a local kept in the frame (its address
// taken: `bump(3)` would become `yc_f->bump(3)`). One named like a copied local is fine
// (test/run/macro-named-like-a-copied-local.c).
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

generator(int) int shadowed(int n, int s)
{
    int k = s;
    int *q = &k;
    yield *q;
    {
        int k = s + 1;
        int *p = &k;
#define k (k + 100)
        for (int i = 0; i < n; i++) {
            // CHECK: macro-named-like-a-local.c:[[@LINE+1]]:19: error: this 'k' is macro 'k', named like the local 'k', which the generator's frame keeps: yieldc rewrites its uses or names it in its own code: rename the macro or the variable
            yield k;
            // CHECK: macro-named-like-a-local.c:[[@LINE-6]]:13: note: 'k' is declared here
            (*p)++;
        }
#undef k
    }
    return n;
}

#define bump(v) (bump += (v))
generator(int) int called(int n)
{
    int bump = 0;
    int *p = &bump;
    for (int i = 0; i < n; i++) {
        // CHECK: macro-named-like-a-local.c:[[@LINE+1]]:9: error: this 'bump' is macro 'bump', named like the local 'bump'
        bump(3);
        // CHECK: macro-named-like-a-local.c:[[@LINE-5]]:9: note: 'bump' is declared here
        yield *p;
    }
    return bump;
}

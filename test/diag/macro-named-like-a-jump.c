// A jump spelled through a macro named like its keyword (`#define continue { k++; continue; }`)
// is not the keyword as written: yieldc rewrites the jumps of a generator with cleanups or a
// lowered loop, and it once took the macro's name for the statement, writing its own jump over
// the invocation and dropping the rest of the expansion (a silent miscompile: `k++` was lost).
// Such a macro must be expanded in place, and its expansion names the macro again: refused at
// the invocation, with nothing written.
// RUN: rm -f %t.c
// RUN: not %yieldc %s -o %t.c 2>&1 | FileCheck %s --implicit-check-not=error:
// RUN: not test -e %t.c
#include <yieldc.h>

static void drop(int *p) { (void)p; }

#define continue { k++; continue; }
#define return k++; return
#define break { k++; break; }

generator(int) int g(int n)
{
    int k = 0;
    for (int i = 0; i < n; (yield i), i++) {
        __attribute__((cleanup(drop))) int c = i;
        if (i == 0)
            // CHECK: macro-named-like-a-jump.c:[[@LINE+1]]:13: error: macro 'continue' must be expanded in place, but its expansion still needs expanding after 4 rounds: expand it by hand
            continue
        if (i == 5)
            // CHECK: macro-named-like-a-jump.c:[[@LINE+1]]:13: error: macro 'break' must be expanded in place
            break
        k += 100;
    }
    {
        __attribute__((cleanup(drop))) int c = 1;
        yield c;
        // CHECK: macro-named-like-a-jump.c:[[@LINE+1]]:9: error: macro 'return' must be expanded in place
        return k;
    }
}

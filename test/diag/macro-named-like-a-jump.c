// A jump spelled through a macro named like its keyword (`#define continue { k++; continue; }`)
// is not the keyword as written. Where yieldc rewrites the jump (it continues a loop whose
// test or increment yields, or leaves the scope of a local with a cleanup that lives across a
// yield), it once wrote its own jump over the invocation and dropped the rest of the expansion
// (a silent miscompile: `k++` was lost). That is refused at the jump, with nothing written;
// such a jump that yieldc does not rewrite is copied as written
// (test/run/macro-named-like-a-jump-kept.c).
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
        if (i == 0)
            // CHECK: macro-named-like-a-jump.c:[[@LINE+1]]:13: error: this 'continue' is macro 'continue', and yieldc must rewrite the jump (it continues a loop whose test or increment yields), which it cannot do through a macro named like its keyword: rename the macro
            continue
        k += 100;
    }
    for (int i = 0; i < n; i++) {
        __attribute__((cleanup(drop))) int c = i;
        yield c;
        if (i == 5)
            // CHECK: macro-named-like-a-jump.c:[[@LINE+1]]:13: error: this 'break' is macro 'break', and yieldc must rewrite the jump (it leaves the scope of a local with a cleanup that lives across a yield)
            break
    }
    {
        __attribute__((cleanup(drop))) int c = 1;
        yield c;
        // CHECK: macro-named-like-a-jump.c:[[@LINE+1]]:9: error: this 'return' is macro 'return'
        return k;
    }
}

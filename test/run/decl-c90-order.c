// A body written in C90's order (each block's declarations before its
// statements) gives generated code in that order too, so that
// -Wdeclaration-after-statement -Werror (PostgreSQL's, curl's flags) passes:
// a declaration that yieldc turns into statements (its yields' work, an
// assignment to the frame, a copy into it) and declarations gets a block
// opened before each declaration that would follow statements, closed at
// its block's end.  Every kind of declaration yieldc rewrites, at a block's
// start and after other declarations, in the body, nested blocks and loops;
// typedefs, tags and _Static_asserts among them (declarations too, for the
// flag), and _Pragmas (which are none).
// (Before, a declaration whose initializer yields at the start of a block
// failed this flag.)
// RUN: %check-run %s %t -Wdeclaration-after-statement | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

static int cleaned;
static void clean(int *p) { cleaned += *p; }

struct big { int v[12]; };

static generator(int) int sub(int n)
{
    int i;
    for (i = 0; i < n; i++)
        yield 100 + i;
    return n * 10;
}

static generator(int, int) int decls(int n)
{
    int got = yield 1;                          /* yields in its initializer */
    int a = yield got, b = yield a + 1;         /* two declarators, each after its yields */
    int r = yield from sub(2);                  /* a yield from */
    int t = got + a;                            /* address taken: in the frame */
    int *pt = &t;
    int arr[3] = { 1, 2, 3 };                   /* an array: copied into the frame */
    int u = 4, arr2[2] = { 5, 6 };              /* beside another, renamed */
    struct big bg = { { 7 } };                  /* large: in the frame */
    int only_frame[2];                          /* in the frame, no initializer */
    int last = n;
    only_frame[0] = yield *pt + r;
    only_frame[1] = arr[2] + arr2[1] + u + bg.v[0];
    yield only_frame[0] + only_frame[1] + b + last;
    {
        __attribute__((cleanup(clean))) int k = yield 2;    /* cleaned by yieldc */
        int m = k + (yield k);
        int q[2] = { m, 0 };
        yield q[0];
    }
    while (n-- > 0) {
        int w = yield n;
        int x = w * 2;
        yield x;
    }
    return t;
}

/* the yields written by macros, in declarations and beside them */
#define GETV(x) (yield (x))
#define DECL_Y(n, v) int n = yield (v)
#define AWAIT(c) while (!(c)) yield 0
static generator(int, int) int macros(int k)
{
    int a = GETV(1);
    DECL_Y(b, a);
    int c = a + b;
    AWAIT((c += 40) > 100);
    {
        int d = GETV(c);
        DECL_Y(e, d);
        int f = e;
        yield f + k;
    }
    return c;
}

/* declarations of other kinds among them: a typedef, a struct, union or
   enum, a _Static_assert; a _Pragma between declarations is none */
static generator(int, int) int kinds(int n)
{
    int got = yield n;                          /* rewritten, then a typedef */
    typedef int T;
    T t = yield got + 1;                        /* after a typedef */
    struct P { int a; } p = { t };
    enum { E = 3 };
    _Static_assert(sizeof(T) == sizeof(int), "T is int");
    _Pragma("GCC diagnostic push")
    int more = yield p.a + E;                   /* after a tag, an enum, an assert, a pragma */
    _Pragma("GCC diagnostic pop")
    union U { int i; float f; };
    {
        int in = yield more;                    /* the block opens with it */
        typedef struct P Q;
        Q q = { in };
        _Static_assert(E == 3, "E");
        int z = yield q.a;
        got += z;
    }
    return got + t;
}

int main(void)
{
    struct kinds ks = kinds(7);
    struct macros m = macros(5);
    struct decls d = decls(2);
    int s = 1;
    int v = 10;
    int k = 10;
    while (yc_send(&ks, s)) {
        printf("%d ", yc_value(&ks));
        s *= 2;
    }
    printf("| %d\n", yc_result(&ks));
    // CHECK: 7 3 7 8 16 | 38
    while (yc_send(&m, v)) {
        printf("%d ", yc_value(&m));
        v += 10;
    }
    printf("| %d\n", yc_result(&m));
    // CHECK-NEXT: 1 20 0 130 50 65 | 130
    while (yc_send(&d, k)) {
        printf("%d ", yc_value(&d));
        k += 10;
    }
    printf("| %d cleaned %d\n", yc_result(&d), cleaned);
    // CHECK-NEXT: 1 20 31 100 101 70 132 2 90 190 1 240 0 280 | 50 cleaned 90
    return 0;
}

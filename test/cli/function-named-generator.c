// A function, prototype or call named 'generator' (not followed by a return type, or written by a macro in an expression or a function's body) is ordinary C: a file without generators comes out identical.
// RUN: %yieldc %s -o %t.c
// RUN: cmp %s %t.c
// RUN: %gcc %cflags %t.c -o %t && %t
typedef int T;
int generator(int x) { return x; }
T generator(T a);
T generator2(T a, T b) { return a + b; }
static int size = sizeof(generator(1));
#define CALL generator(2)
static int size2 = sizeof CALL, size3 = sizeof(CALL);
#define MAKE_RNG(name, seed) static int name(void) { return generator(seed); }
MAKE_RNG(rng1, 1)
int main(void) { return generator(0) + generator2(0, 0) + (size != sizeof(int)) + (size2 + size3 != 2 * sizeof(int)) + (rng1() != 1); }

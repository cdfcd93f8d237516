// Text in inactive preprocessor branches is outside every generator: never diagnosed, copied unchanged (a file whose only generators are inactive comes out identical).
// RUN: %yieldc %s -o %t.c
// RUN: cmp %s %t.c
#include <yieldc.h>

#if 0
generator(int) int bad(void) { yield; return 0; }
#endif

#ifdef FOO
generator(void) void bad2(void) { yield 3; }
#else
int foo = 1;
#endif

#if defined(FOO) && 0
int main(void) { yield 1; return 0; }
#endif

int ok(void) { return 0; }

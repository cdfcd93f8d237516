// An unterminated character or string literal in a #define (never
// expanded: a text macro of an old header) is clang's and gcc's warning,
// not an error: the file is transformed.  (yieldc made it an error once,
// wherever it was; in a generator's body it is one,
// test/diag/unterminated-literal.c.)
// RUN: %yieldc %s -o %t.c
// RUN: %gcc %cflags -Wno-error -w -c %t.c -o %t.o
#include <yieldc.h>
#define APOSTROPHE '
#define QUOTE it's

generator(int) int g(void)
{
    yield 1;
    return 0;
}

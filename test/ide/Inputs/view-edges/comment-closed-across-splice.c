#include <yieldc.h>
#define A 1 /* a *\
/ + 1
int x = A;
generator(int) void g(void)
{
    yield 1;
    yield 2;
}
int main(void) { return 0; }

#include <yieldc.h>
#define EMIT2(a, b) \ 
    yield a; \	
    yield b
generator(int) int f(void)
{
    EMIT2(1, 2);
    return 0;
}

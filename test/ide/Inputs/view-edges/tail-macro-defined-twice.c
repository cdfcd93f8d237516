#include <yieldc.h>
#ifdef TRACE
#define PAUSE yield
#else
#define PAUSE yield
#endif
generator(void) void g(void)
{
    PAUSE;
}
int main(void) { return 0; }

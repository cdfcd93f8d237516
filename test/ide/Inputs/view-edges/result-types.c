#include <yieldc.h>
enum E { E0 };
typedef struct { int a; } T;
generator(int) static inline const char *a(void)
{
    yield 1;
}
generator(int) enum E b(void)
{
    yield 1;
}
generator(int) _Atomic int c(void)
{
    yield 1;
}
generator(int) T d(void)
{
    yield 1;
}
generator(int) unsigned long long __attribute__((unused)) e(void)
{
    yield 1;
}
generator(int) __typeof__(1.0) h(void)
{
    yield 1;
}
int main(void) { return 0; }

#include <yieldc.h>
#ifndef FOO
#error "FOO is not defined"
#endif
generator(int) int count(void) { yield FOO; return 0; }

/* header-static-same-name.test: a static generator named helper, in a public frame */
#include <yieldc.h>
static generator(int) int helper(void) { yield 1; return 0; }
generator(int) int ga(void) { int r = yield from helper(); return r; }

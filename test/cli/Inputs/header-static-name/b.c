/* header-static-same-name.test: another static generator named helper */
#include <yieldc.h>
static generator(long) int helper(long k) { yield k; return 0; }
generator(long) int gb(int n) { int r = yield from helper(n); return r; }

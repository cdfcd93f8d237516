/* compile-commands-relative.test: a generator whose yield needs a header found through -I inc. */
#include <yieldc.h>
#include "val.h"
generator(int) int g(void) { yield VAL; return 0; }

/* header-own-dispatch.test: a generator file that includes its own header
   after the definition. */
#include <stdio.h>
#include <yieldc.h>
generator(int) int downto(int n) { while (n > 0) yield n--; return 0; }
#include "late.h"
int late_after(struct downto *d) { return yc_next(d) ? yc_value(d) : -1; }

/* header-own-dispatch.test: a generator file that includes its own header
   and calls its generator before and after the definition. */
#include <stdio.h>
#include <yieldc.h>
#include "gen.h"
generator(int) int upto(int n);
int early(struct upto *u) { return yc_next(u) ? yc_value(u) : -1; }
generator(int) int upto(int n) { for (int i = 0; i < n; i++) yield i; return n; }
int after(struct upto *u) { return yc_next(u) ? yc_value(u) : -1; }

/* Calls upto through its header only. */
#include "gen.h"
int before(struct upto *u) { return yc_next(u) ? yc_value(u) : -1; }

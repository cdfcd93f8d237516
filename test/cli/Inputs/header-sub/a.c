/* header-sub.test: a public generator delegating to a static one (its frame embeds the static frame). */
#include <yieldc.h>
static generator(int) int helper(void) { yield 1; return 2; }
generator(int) int wrap(void) { return yield from helper(); }

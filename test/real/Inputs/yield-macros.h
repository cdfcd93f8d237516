/* Yield macros kept in a header, as a project's coroutine helpers would be. */
#define YIELD_RANGE(lo, hi) for (int r_ = (lo); r_ < (hi); r_++) yield r_
#define PAUSE() yield

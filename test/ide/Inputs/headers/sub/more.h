#ifndef MORE_H
#define MORE_H
#define CORO_EMIT_RANGE(lo, hi) for (int r_ = (lo); r_ < (hi); r_++) yield r_
#endif

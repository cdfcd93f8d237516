/* A project's coroutine helpers, kept in a header: yields spelled through
   macros, and another header of them included from here. */
#ifndef CORO_H
#define CORO_H
#include "sub/more.h"

#define CORO_EMIT(x) yield (x)
#define CORO_WAIT(c) while (!(c)) yield -1
#define CORO_PAUSE() yield
#define CORO_ALL(g) yield from g

#endif

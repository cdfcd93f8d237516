#ifndef STALE_H
#define STALE_H
#define EMIT(x) yield (x)
int helper(void);
#endif

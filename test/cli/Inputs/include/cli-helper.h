/* A header found only through `-- -I Inputs/include`, for test/cli/clang-args-include.c. */
#ifndef CLI_HELPER_H
#define CLI_HELPER_H
#define HELPER_LIMIT 4
static inline int helper_scale(int x) { return x * 100; }
#endif

/* A macro for clang-notes.c: its error is noted here. */
#define FROM_HEADER(x) ((x) + not_there)

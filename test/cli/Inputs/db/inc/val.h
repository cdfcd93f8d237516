/* compile-commands-relative.test: the header found through a relative -I. */
#define VAL 42

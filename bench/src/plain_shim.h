/* plain_shim.h -- force-included for the clang -fsyntax-only baseline of the
   tool-speed benchmark: the generator syntax becomes plain C (a generator
   becomes an ordinary function, `yield e;` becomes `(void)0, e;`), so clang
   parses and type-checks exactly the statements yieldc parses. */
#define generator(...)
#define yield (void)0,

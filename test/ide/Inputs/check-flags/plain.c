/* no generator here: valid with -DFOO only */
#ifndef FOO
#error "FOO is not defined"
#endif
int plain(void) { return FOO; }

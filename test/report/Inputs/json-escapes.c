/* --explain=json escapes what it quotes: quotes, backslashes, control characters, and bytes
   that are not UTF-8 (here a Latin-1 é in a string; UTF-8 text such as "Ã©" is kept). */
#include <yieldc.h>

generator(const char *) int quoted(void)
{
    yield "café \"q\" \\ Ã©	!";
    return 0;
}

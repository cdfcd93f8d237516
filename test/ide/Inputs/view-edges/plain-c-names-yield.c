#include <stdio.h>
struct crop { const char *name; double yield; };
#define YIELD_OF(c) ((c)->yield)
#define SET_YIELD(c, v) ((c)->yield = (v))
#define TWICE(yield) ((yield) * 2)
void yield(void);
#define RELAX() do { yield(); } while (0)
int main(void)
{
    struct crop c = { "wheat", 0 };
    SET_YIELD(&c, 3.5);
    RELAX();
    printf("%s %f %d\n", c.name, YIELD_OF(&c), TWICE(4));
    return 0;
}

#include <yieldc.h>

static const char *const op_names[] = {
#define OP(n) #n,
#include "ops.def"
#undef OP
};

generator(const char *) int op_list(void)
{
    for (unsigned i = 0; i < sizeof op_names / sizeof op_names[0]; i++)
        yield op_names[i];
    return 0;
}

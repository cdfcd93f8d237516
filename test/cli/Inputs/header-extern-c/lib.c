#ifdef __cplusplus
extern "C" {
#endif
#include <yieldc.h>
#include "types.h"
#ifdef __cplusplus
}
#endif

generator(point) int pts(int n)
{
    for (int i = 0; i < n; i++)
        yield (point){ i, i };
    return n;
}

#include <stdio.h>
#include "frames.h"

int drain(struct inner *in);

int main(void)
{
    struct make m = make(3);
    while (yc_next(&m))
        printf("make yielded %d\n", yc_value(&m));
    struct inner in = yc_result(&m);
    printf("inner sums to %d\n", drain(&in));
    struct several s = several(3);
    while (yc_next(&s)) {
        struct inner each = yc_value(&s);
        printf("several: %d\n", drain(&each));
    }
    return 0;
}

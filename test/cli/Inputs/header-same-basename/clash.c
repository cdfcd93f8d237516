#include <stdio.h>
#include "net_parser.h"
#include "cfg_parser.h"

int main(void)
{
    struct net_packets p = net_packets();
    while (yc_next(&p))
        printf("%d ", yc_value(&p));
    struct cfg_keys k = cfg_keys();
    while (yc_next(&k))
        printf("%lld ", yc_value(&k));
    printf("\n");
    return 0;
}

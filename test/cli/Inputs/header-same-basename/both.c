#include <stdio.h>
#include "one/parser.h"
#include "two/parser.h"
#include "one/parser.h"

int main(void)
{
    struct net_packets p = net_packets(2);
    while (yc_next(&p))
        printf("%d ", yc_value(&p));
    struct cfg_keys k = cfg_keys();
    while (yc_next(&k))
        printf("%s ", yc_value(&k));
    printf("\n");
    return 0;
}

#include <stdio.h>
#include "calc.h"
int main(void)
{
    struct op_list l = op_list();
    while (yc_next(&l)) printf("%s ", yc_value(&l));
    printf("\n");
    return 0;
}

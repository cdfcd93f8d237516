/* A plain C file using the generators of gen.c through gen.h. */
#include <stdio.h>
#include "gen.h"
int use_hidden(void);
int main(void) {
    struct upto u = upto(3);
    while (yc_next(&u)) printf("%d ", yc_value(&u));
    printf("| %d\n", yc_result(&u));
    struct avg a = avg(); yc_next(&a); yc_send(&a, 4); yc_send(&a, 8);
    printf("avg %g hidden %d\n", yc_value(&a), use_hidden());
    struct yc_gen h = yc_handle(&u); printf("done %d\n", yc_gen_done(h));
}

#include <stdio.h>
#include "gen.h"
int early(struct upto *u);
int before(struct upto *u);
int after(struct upto *u);
int main(void)
{
    struct upto u = upto(4);
    int a = early(&u), b = after(&u), c = before(&u);
    struct yc_gen h = yc_handle(&u);
    int d1 = yc_gen_done(h);
    int n = yc_gen_next(h);
    int n2 = yc_gen_next(h);
    int d2 = yc_gen_done(h);
    printf("%d %d %d done %d next %d %d done %d result %d\n", a, b, c, d1, n, n2, d2, yc_result(&u));
    return 0;
}

/* A plain C file using the generators of gen.c through gen.h. */
#include <stdio.h>
#include "gen.h"
int use_hidden(void);
int cleanups(void);
int main(void) {
    struct upto u = upto(3);
    while (yc_next(&u)) printf("%d ", yc_value(&u));
    printf("| %d\n", yc_result(&u));
    struct avg a = avg(); yc_next(&a); yc_send(&a, 4); yc_send(&a, 8);
    printf("avg %g hidden %d\n", yc_value(&a), use_hidden());
    struct yc_gen h = yc_handle(&u); printf("done %d\n", yc_gen_done(h));
    /* closed from another file: one with nothing to close, one with a cleanup, directly and by a handle */
    struct upto v = upto(5); yc_next(&v); yc_close(&v); printf("closed %d", yc_done(&v)); printf(" %d\n", yc_next(&v));
    struct guarded g = guarded(); yc_next(&g); yc_close(&g); printf("cleanups %d\n", cleanups());
    struct guarded g2 = guarded(); struct yc_gen h2 = yc_handle(&g2); yc_gen_next(h2); yc_gen_close(h2);
    printf("cleanups %d done %d\n", cleanups(), yc_gen_done(h2));
}

/* A generator file using a generator of gen.c through gen.h. */
#include <stdio.h>
#include "gen.h"
generator(int) int twice(int n) { struct upto u = upto(n); while (yc_next(&u)) yield 2 * yc_value(&u); return 0; }
int main(void) { struct twice t = twice(3); while (yc_next(&t)) printf("%d ", yc_value(&t)); printf("\n"); }

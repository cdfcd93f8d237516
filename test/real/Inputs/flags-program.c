/* A program that is clean ISO C under -Wall -Wextra -pedantic, transformed under the user's flags. */
#include <stdio.h>
#include <yieldc.h>

struct pair { int a, b; };

generator(struct pair) int count(int n)
{
    int total = 0;
    for (int i = 0; i < n; i++) {
        yield (struct pair){ -i, total };
        total += i;
    }
    return total;
}

generator(struct pair, int) int pairs(int n)
{
    int got = 0;
    for (int i = 0; i < n; i++) {
        int sent = yield (struct pair){ i, got };
        got += sent;
    }
    return got + (yield from count(3));
}

int main(void)
{
    struct pairs p = pairs(3);
    int k = 0;
    while (yc_send(&p, k++))
        printf("%d %d\n", yc_value(&p).a, yc_value(&p).b);
    printf("result %d\n", yc_result(&p));
    return 0;
}

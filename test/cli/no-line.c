// --no-line leaves out every line directive (also the '# N' form); without it there are some, naming the input.
// RUN: %yieldc --no-line %s -o - | %nochecks | FileCheck --check-prefix=NOLINE --implicit-check-not='{{^[ \t]*#[ \t]*(line|[0-9])}}' %s
// RUN: %yieldc %s -o - | %nochecks | FileCheck --check-prefix=LINE %s
// RUN: %yieldc --no-line %s -o %t.c
// RUN: %gcc %cflags -c %t.c -o %t.o
#include <yieldc.h>

generator(int) int count(int n)
{
    int total = 0;
    for (int i = 0; i < n; i++) {
        yield i;
        total += i;
    }
    return total;
}

int main(void)
{
    struct count g = count(2);
    while (yc_next(&g))
        ;
    return yc_result(&g) != 1;
}
// NOLINE: struct count
// NOLINE: yc_next(&g)
// LINE: #line {{[0-9]+}} "{{.*}}no-line.c"

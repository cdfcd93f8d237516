"""deep-nesting.py DIR: writes DIR/cond-chain.c (a ?: chain 300 deep whose
last branch yields: a statement's tree of nodes deeper than 256) and
DIR/nested-ifs.c (a yield under 2000 nested ifs: deeper than find's first
stack), each printing what it must."""
import os
import sys

d = sys.argv[1]
os.makedirs(d, exist_ok=True)
n = 300
chain = "".join("x == %d ? %d : " % (i, i) for i in range(n)) + "(yield x)"
with open(os.path.join(d, "cond-chain.c"), "w") as f:
    f.write("""#include <stdio.h>
#include <yieldc.h>
generator(int, int) int f(int x)
{
    int r = %s;
    return r;
}
int main(void)
{
    for (int x = 298; x < 302; x++) {
        struct f g = f(x);
        while (yc_send(&g, 7))
            printf("chain %%d yields %%d\\n", x, yc_value(&g));
        printf("chain %%d returns %%d\\n", x, yc_result(&g));
    }
    return 0;
}
""" % chain)
with open(os.path.join(d, "nested-ifs.c"), "w") as f:
    f.write("""#include <stdio.h>
#include <yieldc.h>
generator(int) int f(int x)
{
    %syield x;
    return 0;
}
int main(void)
{
    struct f g = f(5);
    while (yc_next(&g))
        printf("ifs yield %%d\\n", yc_value(&g));
    return 0;
}
""" % ("if (x) " * 2000))

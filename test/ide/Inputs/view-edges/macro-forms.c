#include <stdio.h>
#include <yieldc.h>

#define NOTHING
#define OBJ (yield 5)
%:define DIG(x) yield x
#define CAT(a) yield ## a
#define STR(a) #a yield
#define NEVER(g) yield from g
#define FROMV(...) yield from __VA_ARGS__
#define CMT yield /* a
  comment */ 7
generator(int) int sub(void) { yield 1; return 2; }
generator(int) int f(void)
{
#define INNER(v) yield v
    INNER(1);
    OBJ;
    DIG(2);
    int r = FROMV(sub());
    CMT;
    return r;
}
int main(void){struct f g=f(); while(yc_next(&g)) printf("%d ",yc_value(&g)); printf("-> %d\n",yc_result(&g));}

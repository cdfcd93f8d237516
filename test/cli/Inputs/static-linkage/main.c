#include <stdio.h>
int use_a(int n);
int use_b(int n);
int main(void)
{
    printf("%d %d\n", use_a(1), use_b(10));
    return 0;
}

// A file with generators need not include yieldc.h: the output includes
// it.  (yieldc's own parse of the file must not need it either.)
// RUN: %check-run %s %t | FileCheck %s
// CHECK: 1 2 3 result 6
int printf(const char *, ...);

static generator(int) int upto(int n)
{
    int sum = 0;
    for (int i = 1; i <= n; i++) {
        yield i;
        sum += i;
    }
    return sum;
}

int main(void)
{
    struct upto u = upto(3);
    while (yc_next(&u))
        printf("%d ", yc_value(&u));
    printf("result %d\n", yc_result(&u));
    return 0;
}

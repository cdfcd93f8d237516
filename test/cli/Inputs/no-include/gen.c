/* no-runtime-include.test: generators, and no #include of yieldc.h */
generator(int) int upto(int n)
{
    int sum = 0;
    for (int i = 1; i <= n; i++) {
        yield i;
        sum += i;
    }
    return sum;
}

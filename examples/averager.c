/*
 * averager.c -- a coroutine that receives numbers and yields the running
 * average (Python's classic `avg = yield avg` example), with yc_send.
 */
#include <stdio.h>
#include <yieldc.h>

/* Yields the average of the values sent so far; a negative value ends it,
   returning how many values were averaged. */
generator(double, double) int averager(void)
{
    double total = 0;
    int count = 0;
    double x;
    while ((x = yield (count ? total / count : 0.0)) >= 0) {
        total += x;
        count++;
    }
    return count;
}

int main(void)
{
    static const double readings[] = { 10, 20, 60, 30, 5 };
    struct averager avg = averager();
    yc_next(&avg);                  /* run to the first yield: average 0 */
    for (int i = 0; i < 5; i++) {
        yc_send(&avg, readings[i]);
        printf("sent %4.1f  average %5.2f\n", readings[i], yc_value(&avg));
    }
    if (!yc_send(&avg, -1))
        printf("averaged %d readings\n", yc_result(&avg));
    return 0;
}

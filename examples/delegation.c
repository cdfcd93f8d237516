/*
 * delegation.c -- `yield from`, as in the Python tutorial's step 5: a main
 * coroutine calls sub-coroutines as if they were functions, each returning
 * a value, and one generic loop drives the whole tree.
 *
 *     def generator_one():
 *         print("generator_one: step 1"); yield
 *         print("generator_one: step 2"); yield
 *         return 1
 *     def chaining_generator():
 *         one = yield from generator_one()
 *         two = yield from generator_two()
 *         return one + two
 *     def main_generator():
 *         result = yield from chaining_generator()
 *         return result * 10
 */
#include <stdio.h>
#include <yieldc.h>

generator(void) int generator_one(void)
{
    printf("generator_one: step 1\n");
    yield;
    printf("generator_one: step 2\n");
    yield;
    return 1;
}

generator(void) int generator_two(void)
{
    printf("generator_two: step 1\n");
    yield;
    printf("generator_two: step 2\n");
    yield;
    printf("generator_two: step 3\n");
    yield;
    return 2;
}

generator(void) int chaining_generator(void)
{
    int one = yield from generator_one();
    int two = yield from generator_two();
    return one + two;
}

generator(void) int main_generator(void)
{
    int result = yield from chaining_generator();
    return result * 10;
}

/* The tutorial's loop: resume until StopIteration, counting the steps. */
static int loop(struct yc_gen task)
{
    for (int step = 1;; step++) {
        printf("Loop step %d\n", step);
        if (!yc_gen_next(task))
            return step;
    }
}

int main(void)
{
    struct main_generator m = main_generator();
    printf("frame of the whole tree: %zu bytes\n", sizeof m);
    loop(yc_handle(&m));
    printf("Loop finished with result %d\n", yc_result(&m));
    return 0;
}

/*
 * tutorial.c -- the first steps of Python generators, in C.
 *
 * Python:
 *     def generator():
 *         print("generator: step 1"); yield 1
 *         print("generator: step 2"); yield 2
 *         print("generator: step 3"); return 3
 *
 *     gen = generator()
 *     next(gen); next(gen); some_function()
 *     try: next(gen)
 *     except StopIteration as e: print("result", e.value)
 */
#include <stdio.h>
#include <yieldc.h>

generator(int) int steps(const char *name, int base)
{
    printf("%s: step 1\n", name);
    yield base + 1;
    printf("%s: step 2\n", name);
    yield base + 2;
    printf("%s: step 3\n", name);
    return base + 3;
}

static void some_function(void)
{
    printf("caller: an ordinary function runs between two resumes\n");
}

int main(void)
{
    /* Calling the generator runs none of its body: it makes a frame. */
    struct steps gen = steps("generator", 0);
    printf("caller: created, %zu bytes, nothing ran yet\n", sizeof gen);

    yc_next(&gen);
    printf("caller: got %d\n", yc_value(&gen));
    yc_next(&gen);
    printf("caller: got %d\n", yc_value(&gen));
    some_function();
    if (!yc_next(&gen))     /* Python: StopIteration */
        printf("caller: finished with result %d\n", yc_result(&gen));

    /* Two generators resumed alternately by one caller. */
    struct steps a = steps("a", 10), b = steps("b", 20);
    bool a_live = true, b_live = true;
    while (a_live || b_live) {
        if (a_live && (a_live = yc_next(&a)))
            printf("caller: a gave %d\n", yc_value(&a));
        if (b_live && (b_live = yc_next(&b)))
            printf("caller: b gave %d\n", yc_value(&b));
    }
    printf("caller: a returned %d, b returned %d\n", yc_result(&a), yc_result(&b));
    return 0;
}

// Pointers and function pointers as locals, parameters and yield types (generator(const char *), generator(int (*)(int))).
// RUN: %check-run %s %t | FileCheck %s
#include <stdio.h>
#include <yieldc.h>

typedef int (*op_fn)(int);

static int twice(int x) { return 2 * x; }
static int inc(int x) { return x + 1; }
static int neg(int x) { return -x; }

generator(const char *) int words(const char *s, int *count)
{
    const char *p = s;
    while (*p) {
        const char *start = p;
        while (*p && *p != ' ')
            p++;
        yield start;
        ++*count;
        while (*p == ' ')
            p++;
    }
    return (int)(p - s);
}

generator(op_fn) int pipeline(op_fn first, int (*apply)(op_fn, int), int seed)
{
    op_fn ops[3] = { first, inc, neg };
    int (*cur)(int) = ops[0];
    int v = seed;
    for (int k = 0; k < 3; k++) {
        cur = ops[k];
        yield cur;
        v = apply(cur, v);
    }
    return v;
}

static int call(op_fn f, int x) { return f(x); }

int main(void)
{
    int n = 0;
    struct words w = words("ab  cd e", &n);
    while (yc_next(&w)) {
        const char *s = yc_value(&w);
        int len = 0;
        while (s[len] && s[len] != ' ')
            len++;
        printf("word '%.*s' seen %d\n", len, s, n);
    }
    // CHECK: word 'ab' seen 0
    // CHECK-NEXT: word 'cd' seen 1
    // CHECK-NEXT: word 'e' seen 2
    printf("length %d count %d\n", yc_result(&w), n);
    // CHECK-NEXT: length 8 count 3

    struct pipeline g = pipeline(twice, call, 5);
    printf("fresh null %d\n", yc_value(&g) == NULL);
    // CHECK-NEXT: fresh null 1
    while (yc_next(&g)) {
        op_fn f = yc_value(&g);
        printf("op %s f(10)=%d\n", f == twice ? "twice" : f == inc ? "inc" : f == neg ? "neg" : "?", f(10));
    }
    // CHECK-NEXT: op twice f(10)=20
    // CHECK-NEXT: op inc f(10)=11
    // CHECK-NEXT: op neg f(10)=-10
    printf("result %d\n", yc_result(&g));
    // CHECK-NEXT: result -11
    return 0;
}

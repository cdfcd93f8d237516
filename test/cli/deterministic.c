// The same input gives the same output, byte for byte, run after run (several generators, structs, sends, a switch).
// RUN: %yieldc %s -o - > %t.1
// RUN: %yieldc %s -o - > %t.2
// RUN: %yieldc %s -o - > %t.3
// RUN: cmp %t.1 %t.2
// RUN: cmp %t.1 %t.3
// RUN: %yieldc --no-line %s -o - > %t.nl1
// RUN: %yieldc --no-line %s -o - > %t.nl2
// RUN: cmp %t.nl1 %t.nl2
#include <yieldc.h>

struct pair { int a, b; };

generator(int) int count(int n)
{
    int total = 0;
    for (int i = 0; i < n; i++) {
        yield i;
        total += i;
    }
    return total;
}

generator(struct pair, int) int pairs(int n)
{
    int got = 0, x = 0, y = 1, z = 2;
    while (n-- > 0) {
        struct pair p = { x, y };
        got += yield p;
        x = y; y = z; z = x + y;
    }
    return got;
}

generator(const char *) void words(int k)
{
    switch (k) {
    case 0:
        yield "zero";
        break;
    default:
        for (int j = 0; j < k; j++) {
            char c = (char)('a' + j);
            yield c == 'a' ? "a" : "other";
        }
    }
}

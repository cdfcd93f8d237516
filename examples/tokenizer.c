/*
 * tokenizer.c -- a generator that yields the tokens of an arithmetic
 * expression, one at a time, straight from the string: no token array.
 */
#include <ctype.h>
#include <stdio.h>
#include <yieldc.h>

enum kind { NUMBER, NAME, OP };

struct token {
    enum kind kind;
    const char *text;       /* points into the input */
    int len;
    long value;             /* for NUMBER */
};

/* Yields every token of s; returns how many there were. */
generator(struct token) int tokens(const char *s)
{
    int count = 0;
    while (*s) {
        if (isspace((unsigned char)*s)) {
            s++;
            continue;
        }
        const char *start = s;
        struct token t = { OP, start, 1, 0 };
        if (isdigit((unsigned char)*s)) {
            t.kind = NUMBER;
            while (isdigit((unsigned char)*s))
                t.value = t.value * 10 + (*s++ - '0');
        } else if (isalpha((unsigned char)*s) || *s == '_') {
            t.kind = NAME;
            while (isalnum((unsigned char)*s) || *s == '_')
                s++;
        } else {
            s++;
        }
        t.len = (int)(s - start);
        count++;
        yield t;
    }
    return count;
}

int main(void)
{
    static const char *const names[] = { "number", "name", "op" };
    struct tokens g = tokens("price * (1 + tax_rate) - 42");
    while (yc_next(&g)) {
        struct token t = yc_value(&g);
        printf("%-6s %.*s\n", names[t.kind], t.len, t.text);
    }
    printf("%d tokens\n", yc_result(&g));
    return 0;
}

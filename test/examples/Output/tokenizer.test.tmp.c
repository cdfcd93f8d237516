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
#ifndef YC__HGEN_tokens
struct tokens {
    unsigned char yc_state;  /* 0: not started, 1..1: suspended at yield N, then running, done */
    struct token yc_value;  /* the last value yielded */
    int yc_result;  /* the value returned */
    const char *s;  /* parameter 's', line 19 */
    int count;  /* local 'count', line 21 */
    const char *start;  /* local 'start', line 27 */
    struct token t;  /* local 't', line 28 */
};
#endif
struct tokens tokens(const char *s);
bool tokens__next(struct tokens *yc_f);
struct yc_error_yc_send_on_a_generator_without_a_send_type tokens__send(struct tokens *, ...);
void tokens__close(struct tokens *yc_f);
const struct yc_kind *tokens__kind(void);
#ifdef YC__HGEN_tokens
#define YC__LGEN_tokens(op)
#else
#define YC__LGEN_tokens(op) struct tokens *: tokens__##op,
#endif
#undef YC__LOCAL
#define YC__LOCAL(op) YC__LGEN_tokens(op)
struct tokens tokens(const char *s)
{
    return (struct tokens){ .yc_state = 0, .s = s };
}
bool tokens__next(struct tokens *yc_f)
{
    const char *s = yc_f->s;
    switch (YC__ENTER(yc_f, "tokens")) {
    case 0: break;
    case 1: goto yc_resume_1;
    default: return false;
    }
#line 20 "/work/main/examples/tokenizer.c"
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
        { yc_f->yc_value = (t); yc_f->s = s; yc_f->count = count; yc_f->start = start; yc_f->t = t; yc_f->yc_state = 1; return true; yc_resume_1:; count = yc_f->count; start = yc_f->start; t = yc_f->t;  }
    }
    return yc_f->yc_result = (count), YC_FINISH(yc_f);
}
    return YC_FINISH(yc_f);
}
void tokens__close(struct tokens *yc_f)
{
    yc_f->yc_state = YC__DONE(yc_f->yc_state);
}
YC_DEFINE_KIND(, tokens)
#line 45 "/work/main/examples/tokenizer.c"
 

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

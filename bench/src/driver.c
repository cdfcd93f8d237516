/* driver.c -- main() for every benchmark binary.
 *   BIN frames                  one line per benchmark: name, frame bytes, note
 *   BIN once BENCH N SETUP      run N resumes once (for callgrind), print checksum
 *   BIN time BENCH              ns per resume: calibrate N so one run takes
 *                               >= 20 ms, then the median of 5 timed runs
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "bench.h"

/* A deterministic text of exactly ntok tokens (names, numbers, operators). */
static char *make_text(long ntok)
{
    size_t cap = (size_t)ntok * 10 + 16, len = 0;
    char *s = malloc(cap);
    unsigned long x = 12345;
    static const char ops[] = "+-*/()=<>,;";
    if (!s) { perror("malloc"); exit(1); }
    for (long k = 0; k < ntok; k++) {
        x = x * 6364136223846793005UL + 1442695040888963407UL;
        unsigned r = (unsigned)(x >> 33);
        int kind = r % 3, l = 1 + (r >> 4) % 8;
        if (kind == 0) {            /* name */
            for (int i = 0; i < l; i++)
                s[len++] = i == 0 ? (char)('a' + (r >> (8 + i)) % 26) : "abcxyz_019"[(r >> (5 + i)) % 10];
        } else if (kind == 1) {     /* number */
            for (int i = 0; i < (l > 6 ? 6 : l); i++)
                s[len++] = (char)('0' + (r >> (7 + i)) % 10);
        } else {
            s[len++] = ops[(r >> 8) % (sizeof ops - 1)];
        }
        s[len++] = ' ';
    }
    s[len] = 0;
    return s;
}

static const struct impl *find(const char *name)
{
    for (const struct impl *p = impls; p->bench; p++)
        if (!strcmp(p->bench, name))
            return p;
    fprintf(stderr, "no benchmark '%s'\n", name);
    exit(2);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "frames")) {
        for (const struct impl *p = impls; p->bench; p++)
            printf("%s %zu %s\n", p->bench, p->frame(), p->note ? p->note : "sizeof");
        return 0;
    }
    if (argc == 5 && !strcmp(argv[1], "once")) {
        const struct impl *p = find(argv[2]);
        long n = atol(argv[3]), setup = atol(argv[4]);
        char *text = make_text(setup);
        printf("%ld\n", p->run(n, setup, text));
        free(text);
        return 0;
    }
    if (argc == 3 && !strcmp(argv[1], "time")) {
        const struct impl *p = find(argv[2]);
        long n = 1024;
        char *text;
        for (;;) {
            text = make_text(n);
            double t0 = now();
            p->run(n, n, text);
            double dt = now() - t0;
            if (dt >= 0.02 || n >= (1L << 28))
                break;
            free(text);
            n *= dt > 0.002 ? (long)(0.025 / dt) + 1 : 8;
        }
        double v[5];
        long sum = 0;
        for (int i = 0; i < 5; i++) {
            double t0 = now();
            sum = p->run(n, n, text);
            v[i] = (now() - t0) * 1e9 / n;
        }
        qsort(v, 5, sizeof v[0], cmp);
        printf("%.3f %ld %ld\n", v[2], n, sum);
        free(text);
        return 0;
    }
    fprintf(stderr, "usage: %s frames | once BENCH N SETUP | time BENCH\n", argv[0]);
    return 2;
}
